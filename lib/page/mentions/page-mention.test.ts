import { createPageMention } from './page-mention';
import { paragraphRun as runOf } from '../text/test-run';
import type { Mention } from './types';

function entity(start: number, end: number): Mention {
  return {
    kind: 'entity',
    start,
    end,
    entityId: 'alibaba-cloud',
    entityType: 'org',
    ambiguous: false,
  };
}

describe('page mention', () => {
  it('gives the text, segments and range of its stretch of the run', () => {
    const run = runOf('今天<b>阿里</b>雲說');
    const pm = createPageMention(run, entity(2, 5))!;
    expect(pm.owner).toBe(run.owner);
    expect(pm.type).toBe('org');
    expect(pm.text).toBe('阿里雲');
    expect(pm.segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['阿里', 0, 2],
      ['雲說', 0, 1],
    ]);
    expect(pm.segments).toBe(pm.segments);
    const range = pm.range;
    expect([range.startContainer, range.startOffset]).toEqual([run.nodes[1], 0]);
    expect([range.endContainer, range.endOffset]).toEqual([run.nodes[2], 1]);
    expect(pm.range).toBe(range);
  });

  it('keeps the text as the page had it when it was scanned', () => {
    const run = runOf('今天阿里雲說');
    const pm = createPageMention(run, entity(2, 5))!;
    run.nodes[0]!.data = '明天騰訊雲說';
    expect(pm.text).toBe('阿里雲');
  });

  it('is none for a span that holds no text of the run', () => {
    const run = runOf('阿里雲');
    expect(createPageMention(run, entity(1, 1))).toBeNull();
    expect(createPageMention(run, entity(2, 9))).toBeNull();
    expect(createPageMention(run, entity(-1, 2))).toBeNull();
  });
});
