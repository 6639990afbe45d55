import type { FigureMention } from '../figures';
import type { Figure } from '../pack/types';
import { EvidenceTracker, shownAlone } from '../page/mentions/evidence';
import { hasEvidenceAmong } from './evidence-ids';
import { fakeEntity, fakePack } from './fake-pack';
import { findMentions } from './find-mentions';
import type { Mention } from './types';
import { createMatcher } from './matcher';
import { testPack } from './test-pack';

const packs = [testPack];
const matcher = createMatcher(packs);

function describeMentions(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((m) =>
    m.kind === 'entity'
      ? `${text.slice(m.start, m.end)}=${m.entityId}`
      : `${text.slice(m.start, m.end)}#${m.figure.kind}${m.link ? `>${m.link.figure.id}` : ''}`,
  );
}

describe('the page evidence for what a block leaves open (hasEvidenceAmong)', () => {
  const page = () => new EvidenceTracker(hasEvidenceAmong(packs));

  it('shows an ambiguous mention once its own entity or listed evidence is on the page', () => {
    const evidence = page();
    const [feitian] = matcher.match('飛天');
    expect(feitian?.ambiguous).toBe(true);
    expect(evidence.shows(feitian!)).toBe(false);
    for (const m of matcher.match('敦煌的千帆')) evidence.count(m, 1);
    expect(evidence.shows(feitian!)).toBe(false);
    for (const m of matcher.match('CIPU')) evidence.count(m, 1);
    expect(evidence.shows(feitian!)).toBe(true);
  });

  it('does not take ambiguous mentions as evidence', () => {
    const evidence = page();
    for (const m of matcher.match('千帆和飛天和倚天')) evidence.count(m, 1);
    for (const m of matcher.match('千帆和飛天')) expect(evidence.shows(m)).toBe(false);
  });

  it('counts the entity itself mentioned unambiguously', () => {
    const evidence = page();
    for (const m of matcher.match('文心千帆')) evidence.count(m, 1);
    expect(evidence.shows(matcher.match('千帆')[0]!)).toBe(true);
  });
});

describe('findMentions', () => {
  /** What a page holding only `text` shows. */
  const shown = (text: string) =>
    describeMentions(text, shownAlone(findMentions(text, matcher, packs), hasEvidenceAmong(packs)));

  it('drops ambiguous mentions without evidence and keeps them with it', () => {
    expect(shown('敦煌的飛天壁畫以外,千帆也在')).toEqual([]);
    expect(shown('百度發佈的千帆')).toEqual(['百度=baidu', '千帆=qianfan']);
  });

  it('takes evidence found later in the same text', () => {
    expect(shown('基於飛天+CIPU+倚天710的新一代計算架構')).toEqual([
      '飛天=apsara',
      'CIPU=cipu',
      '倚天710=yitian',
    ]);
  });

  it("decides a product's common-word name in its own block: the page is not enough", () => {
    // Whatever the page names, 飛天 alone is no mention: its block gives no sign.
    expect(findMentions('飛天', matcher, packs)).toEqual([]);
    expect(shown('阿里雲的飛天')).toEqual(['阿里雲=alibaba-cloud', '飛天=apsara']);
  });

  it('finds figures beside entities, never inside one', () => {
    const text = '周靖人發佈了通義千問2.0,營收增長21%';
    expect(describeMentions(text, findMentions(text, matcher, packs))).toEqual([
      '周靖人=zhou-jingren',
      '通義千問2.0=qwen-2',
      '21%#growth',
    ]);
  });

  it('gives every figure mention the same fields in the same order', () => {
    // Linked or not, ambiguous or not: one shape (see ../figures/new-figure.ts).
    const text = '阿里雲營收增長2%。去年營收同比增長19.4%。';
    const found = findMentions(text, matcher, packs).filter((m) => m.kind === 'figure');
    expect(found.map((m) => m.ambiguous)).toEqual([undefined, true]);
    const shapes = new Set(found.map((m) => Object.keys(m).join()));
    expect([...shapes]).toEqual(['kind,start,end,figure,ambiguous']);
  });

  it('links figures with the entities nearest before them first', () => {
    const figure = (id: string, entity: string): Figure => ({
      id,
      entity,
      metric: '營收同比增長',
      kind: 'growth',
      value: 5,
      unit: '%',
      period: { start: '2023-07', end: '2023-09' },
      source: 's',
    });
    const pack = fakePack(
      [fakeEntity('baidu', 'org', '百度'), fakeEntity('alibaba-cloud', 'org', '阿里雲')],
      { figures: [figure('baidu-growth', 'baidu'), figure('aliyun-growth', 'alibaba-cloud')] },
    );
    const m = createMatcher([pack]);
    const a = '百度雲上個季度5%的增速跟阿里雲基本一致';
    expect(describeMentions(a, findMentions(a, m, [pack]))).toEqual([
      '百度=baidu',
      '5%#growth>baidu-growth',
      '阿里雲=alibaba-cloud',
    ]);
    const b = '阿里雲和百度上個季度5%的增速';
    expect(describeMentions(b, findMentions(b, m, [pack]))[2]).toBe('5%#growth>baidu-growth');

    // Linked when first read, from its own block, whatever blocks were read since.
    const figureIn = (text: string) =>
      findMentions(text, m, [pack]).find((f): f is FigureMention => f.kind === 'figure');
    const early = figureIn('百度雲上個季度5%的增速');
    const late = figureIn('阿里雲上個季度5%的增速');
    expect(late?.link?.figure.id).toBe('aliyun-growth');
    expect(early?.link?.figure.id).toBe('baidu-growth');
    // Worked out once: a second read gives the same link.
    expect(early?.link).toBe(early?.link);
  });
});
