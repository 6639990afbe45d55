import { getBuiltinPacks } from '../pack/builtin-bundled';
import { compilePacks, type CompiledMatcher } from './compile';
import { fakeEntity, fakePack } from './fake-pack';
import { buildStartFilter, hasBit, pairIndex, tripleIndex } from './start-filter';
import { testPack } from './test-pack';

/** Codes of the root's children, and their children's, read the slow way (a step per code). */
function truth(compiled: CompiledMatcher) {
  const { cells, alphabet } = compiled.trie;
  const rootBase = cells[0] as number;
  const width = alphabet.length;
  const child = (s: number, c: number): number => {
    const t = (cells[s] as number) + 3 * c;
    return c > 0 && cells[t + 1] === s + 1 ? t : -1;
  };
  const isStart = (c: number): boolean => child(0, c) >= 0;
  const begins = (c1: number, c2: number): boolean => {
    const s = rootBase + 3 * c1;
    if (!isStart(c1)) return false;
    return (cells[s + 2] as number) >= 0 || child(s, c2) >= 0;
  };
  const ends = (c1: number, c2: number): boolean => {
    const s = rootBase + 3 * c1;
    if (!isStart(c1)) return false;
    const t = child(s, c2);
    return (cells[s + 2] as number) >= 0 || (t >= 0 && (cells[t + 2] as number) >= 0);
  };
  /** Every triple of codes that begins a pattern of three units or more. */
  const triples = (): [number, number, number][] => {
    const out: [number, number, number][] = [];
    for (let c1 = 1; c1 < width; c1++) {
      if (!isStart(c1)) continue;
      for (let c2 = 1; c2 < width; c2++) {
        const t = child(rootBase + 3 * c1, c2);
        if (t < 0) continue;
        for (let c3 = 1; c3 < width; c3++) if (child(t, c3) >= 0) out.push([c1, c2, c3]);
      }
    }
    return out;
  };
  return { width, isStart, begins, ends, triples };
}

/** CJK units from U+4E00 on, `count` of them, as one-unit strings. */
const cjk = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, k) => String.fromCharCode(0x4e00 + from + k));

describe('buildStartFilter', () => {
  const seed = compilePacks([getBuiltinPacks()[0]!, testPack]);

  it('marks exactly the raw units that start a pattern, folded variants included', () => {
    const { starts } = buildStartFilter(seed.trie);
    const { isStart } = truth(seed);
    const { codeOf } = seed.trie;
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++)
      if (hasBit(starts, u) !== isStart(codeOf[u] as number)) wrong.push(u);
    expect(wrong).toEqual([]);
    // 阿 starts 阿里雲; a, A and Ａ (full width) start Aliyun; 的 and 。 start nothing.
    const marked = ['阿', 'a', 'A', 'Ａ', '的', '。'].map((u) => hasBit(starts, u.charCodeAt(0)));
    expect(marked).toEqual([true, true, true, true, false, false]);
  });

  it('marks exactly the pairs of codes that begin a pattern while the alphabet is small', () => {
    const filter = buildStartFilter(seed.trie);
    const { width, begins } = truth(seed);
    expect(filter.mask + 1).toBeGreaterThanOrEqual(width * width);
    const wrong: [number, number][] = [];
    for (let c1 = 0; c1 < width; c1++)
      for (let c2 = 0; c2 < width; c2++)
        if (hasBit(filter.pairs, 2 * pairIndex(filter, c1, c2)) !== begins(c1, c2))
          wrong.push([c1, c2]);
    expect(wrong).toEqual([]);
  });

  it('for the dense scan, marks where short patterns end and the triples that begin longer ones', () => {
    const filter = buildStartFilter(seed.trie, true);
    const { width, ends, triples } = truth(seed);
    const wrong: [number, number][] = [];
    for (let c1 = 0; c1 < width; c1++)
      for (let c2 = 0; c2 < width; c2++)
        if (hasBit(filter.pairs, 2 * pairIndex(filter, c1, c2) + 1) !== ends(c1, c2))
          wrong.push([c1, c2]);
    expect(wrong).toEqual([]);
    const all = triples();
    expect(all.length).toBeGreaterThan(100);
    const lost = all.filter(
      ([c1, c2, c3]) => !hasBit(filter.triples, tripleIndex(filter, c1, c2, c3)),
    );
    expect(lost).toEqual([]);
    // About 8 bits per triple: few others pass.
    expect(filter.triples.length * 32).toBeGreaterThanOrEqual(8 * all.length);
    expect(buildStartFilter(seed.trie).triples.length).toBe(0);
  });

  it('lets any unit follow a one-unit pattern, and the end of the text', () => {
    const compiled = compilePacks([
      fakePack([fakeEntity('x', 'product', 'X'), fakeEntity('ab', 'org', '甲乙')]),
    ]);
    const filter = buildStartFilter(compiled.trie, true);
    const x = compiled.trie.codeOf['x'.charCodeAt(0)] as number;
    // Both bits of every pair (x, any): a pattern begins and ends there.
    const missing: number[] = [];
    for (let c2 = 0; c2 < filter.width; c2++)
      for (const k of [0, 1])
        if (!hasBit(filter.pairs, 2 * pairIndex(filter, x, c2) + k)) missing.push(c2);
    expect(missing).toEqual([]);
  });

  it('hashes the pairs of a big alphabet without losing any, and tells dense packs', () => {
    // 1 200 units: too many pairs for one bit each; every unit starts a pattern.
    const units = cjk(0, 1200);
    const entities = units.map((u, k) =>
      fakeEntity(`e${k}`, 'concept', u + (units[(k * 7 + 3) % units.length] as string)),
    );
    const compiled = compilePacks([fakePack(entities)]);
    const filter = buildStartFilter(compiled.trie);
    const { width, begins } = truth(compiled);
    expect(width).toBeGreaterThan(1024);
    expect(filter.mask + 1).toBeLessThan(width * width);
    expect(filter.dense).toBe(true);
    const lost: [number, number][] = [];
    let passed = 0;
    for (let c1 = 0; c1 < width; c1++)
      for (let c2 = 0; c2 < width; c2++) {
        const bit = hasBit(filter.pairs, 2 * pairIndex(filter, c1, c2));
        if (begins(c1, c2) && !bit) lost.push([c1, c2]);
        if (bit) passed++;
      }
    expect(lost).toEqual([]);
    // 1 200 true pairs among 1.4 million: false positives stay rare.
    expect(passed / (width * width)).toBeLessThan(0.005);
    expect(buildStartFilter(seed.trie).dense).toBe(false);
  });
});
