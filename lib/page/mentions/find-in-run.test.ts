import { findInText } from './find-in-run';
import { findFixedNames } from './fixed-names';
import { createMatcher, findMentions, type Mention } from '../../match';
import { getBuiltinPacks } from '../../pack/builtin-bundled';

describe('findInText', () => {
  it('calls matching once for short text', () => {
    const find = findFixedNames({ 華為: { type: 'org' } });
    expect(findInText('今天華為', find).map((m) => m.start)).toEqual([2]);
    expect(find.calls).toEqual(['今天華為']);
  });

  it('matches long text in short windows without losing or doubling names at the edges', () => {
    const find = findFixedNames({ 阿里雲: { type: 'org' }, 華為: { type: 'org' } });
    const text = '一二三四五'.repeat(2000) + '阿里雲' + '甲乙丙丁'.repeat(300) + '華為';
    const edges = [10_000, 11_000, 11_202];
    const found = findInText(text, find, 1000, 16);
    expect(found.map((m) => m.start)).toEqual([10_000, 11_203]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['阿里雲', '華為']);
    expect(Math.max(...find.calls.map((c) => c.length))).toBeLessThanOrEqual(1032);
    void edges;
    // A name straddling every possible window edge is found exactly once.
    for (let shift = 0; shift < 5; shift++) {
      const t = 'x'.repeat(998 + shift) + '阿里雲' + 'y'.repeat(1500);
      const ms = findInText(t, find, 1000, 16);
      expect(ms.map((m) => m.start)).toEqual([998 + shift]);
    }
  });

  it('keeps what a figure found in a later window links to', () => {
    const packs = getBuiltinPacks();
    const matcher = createMatcher(packs);
    const find = (text: string) => findMentions(text, matcher, packs);
    const sentence = '阿里雲2022年第四季度營收202億元，同比增長3%。';
    const linkOf = (m: Mention | undefined) => (m?.kind === 'figure' ? m.link?.figure.id : null);
    const alone = find(sentence).filter((m) => m.kind === 'figure');
    expect(alone.map(linkOf)).toEqual([
      'alibaba-cloud-revenue-2022q4',
      'alibaba-cloud-revenue-2022q4-growth',
    ]);
    const text = '今天天氣很好。'.repeat(300) + sentence;
    const found = findInText(text, find, 1000, 16).filter((m) => m.kind === 'figure');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['202億元', '3%']);
    expect(found.map(linkOf)).toEqual(alone.map(linkOf));
  });
});
