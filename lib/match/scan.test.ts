import fc from 'fast-check';
import type { EntityType } from '../pack/types';
import { compilePacks, type CompiledMatcher } from './compile';
import { fakeEntity, fakePack } from './fake-pack';
import { getGuards } from './guards';
import { createScan } from './matcher';
import type { Scan } from './scan';
import { buildStartFilter, type StartFilter } from './start-filter';
import { testPack } from './test-pack';

/**
 * One compiled pack scanned four ways: with its filters, as the sparse scan
 * and as the dense one, and with filters that let every position through
 * (the plain walk from every position, which the filters must not change).
 */
function scans(compiled: CompiledMatcher): Scan[] {
  const guards = getGuards();
  return [false, true].flatMap((dense) => {
    const filter = buildStartFilter(compiled.trie, dense);
    const all = (bits: Int32Array): Int32Array => new Int32Array(bits.length).fill(-1);
    const open: StartFilter = {
      ...filter,
      starts: all(filter.starts),
      pairs: all(filter.pairs),
      triples: all(filter.triples),
    };
    return [filter, open].map((f) => createScan(compiled, f, guards));
  });
}

// Units that fold together (雲/云, A/a/Ａ), names with guards (王堅 before 持),
// Latin at word boundaries, digits, one-unit names.
const ALPHABET = [...'阿里雲云山王堅坚持續百度千帆飛天aAＡbsS0.-+ 的'];
const TYPES: EntityType[] = ['person', 'org', 'product', 'concept'];

const packOf = fc
  .array(
    fc.record({
      type: fc.constantFrom(...TYPES),
      names: fc.array(
        fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 4 }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      ambiguous: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) =>
    fakePack(
      specs.map((spec, k) =>
        fakeEntity(
          `e${k}`,
          spec.type,
          spec.names[0] as string,
          spec.names.slice(1).map((text) => ({ text, ambiguous: spec.ambiguous })),
        ),
      ),
    ),
  );
const textOf = fc.string({ unit: fc.constantFrom(...ALPHABET, '。', '中'), maxLength: 40 });

describe('Scan: the filters and the dense scan change nothing', () => {
  it('on generated packs and texts', () => {
    fc.assert(
      fc.property(packOf, fc.array(textOf, { minLength: 1, maxLength: 5 }), (pack, texts) => {
        const [first, ...others] = scans(compilePacks([pack]));
        for (const text of texts) {
          const expected = first?.match(text);
          for (const scan of others) expect(scan.match(text)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on the test pack, over its own names run together', () => {
    const [first, ...others] = scans(compilePacks([testPack]));
    const text =
      '阿里雲百鍊阿里巴巴集團王堅持續張勇敢地AzureWave的CIPUs;GPT-4o與GPT4.0,通義千問2.0';
    const expected = first?.match(text) ?? [];
    expect(expected.length).toBeGreaterThan(5);
    for (const scan of others) expect(scan.match(text)).toEqual(expected);
  });
});
