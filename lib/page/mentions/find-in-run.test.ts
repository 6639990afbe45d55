import { findInText } from './find-in-run';
import { findFixedNames } from './fixed-names';

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
});
