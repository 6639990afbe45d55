import type { Figure } from '../pack/types';
import { createEvidenceTracker } from './evidence';
import { fakeEntity, fakePack } from './fake-pack';
import { findMentions, type Mention } from './find-mentions';
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

describe('createEvidenceTracker', () => {
  it('accepts an ambiguous mention once its own entity or listed evidence was seen', () => {
    const tracker = createEvidenceTracker(packs);
    const [feitian] = matcher.match('飛天');
    expect(feitian?.ambiguous).toBe(true);
    expect(tracker.accepts(feitian!)).toBe(false);
    tracker.add(matcher.match('敦煌的千帆'));
    expect(tracker.accepts(feitian!)).toBe(false);
    tracker.add(matcher.match('CIPU'));
    expect(tracker.accepts(feitian!)).toBe(true);
  });

  it('does not take ambiguous mentions as evidence', () => {
    const tracker = createEvidenceTracker(packs);
    tracker.add(matcher.match('千帆和飛天和倚天'));
    for (const m of matcher.match('千帆和飛天')) expect(tracker.accepts(m)).toBe(false);
  });

  it('counts the entity itself mentioned unambiguously', () => {
    const tracker = createEvidenceTracker(packs);
    tracker.add(matcher.match('文心千帆'));
    expect(tracker.accepts(matcher.match('千帆')[0]!)).toBe(true);
  });
});

describe('findMentions', () => {
  it('drops ambiguous mentions without evidence and keeps them with it', () => {
    const text = '敦煌的飛天壁畫以外,千帆也在';
    expect(describeMentions(text, findMentions(text, matcher, packs))).toEqual([]);
    const withEvidence = '百度發佈的千帆';
    expect(describeMentions(withEvidence, findMentions(withEvidence, matcher, packs))).toEqual([
      '百度=baidu',
      '千帆=qianfan',
    ]);
  });

  it('takes evidence found later in the same text', () => {
    const text = '基於飛天+CIPU+倚天710的新一代計算架構';
    expect(describeMentions(text, findMentions(text, matcher, packs))).toEqual([
      '飛天=apsara',
      'CIPU=cipu',
      '倚天710=yitian',
    ]);
  });

  it("uses and feeds the page-wide tracker, for what a block's context leaves open", () => {
    const tracker = createEvidenceTracker(packs);
    expect(findMentions('飛天', matcher, packs, tracker)).toEqual([]);
    findMentions('阿里雲的', matcher, packs, tracker);
    // A product's common-word name needs a sign in its own block: the page is not enough.
    expect(findMentions('飛天', matcher, packs, tracker)).toEqual([]);
    expect(
      describeMentions('阿里雲的飛天', findMentions('阿里雲的飛天', matcher, packs, tracker)),
    ).toEqual(['阿里雲=alibaba-cloud', '飛天=apsara']);
  });

  it('finds figures beside entities, never inside one', () => {
    const text = '周靖人發佈了通義千問2.0,營收增長21%';
    expect(describeMentions(text, findMentions(text, matcher, packs))).toEqual([
      '周靖人=zhou-jingren',
      '通義千問2.0=qwen-2',
      '21%#growth',
    ]);
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
  });
});
