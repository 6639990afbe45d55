import fc from 'fast-check';
import { figureStartUnits, parseFigures } from '../figures';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { compilePacks } from './compile';
import { createMatcherFrom } from './matcher';
import { Offsets } from './offsets';
import { buildStartFilter } from './start-filter';
import { testPack } from './test-pack';

// matchMarking reads each unit once for the names and for the units a table marks
// (figure starts); it must find what match() finds, and mark what a plain loop marks.

const packs = [getBuiltinPacks()[0]!, testPack];
const compiled = compilePacks(packs);
const sparse = createMatcherFrom(compiled);
const dense = createMatcherFrom(compiled, buildStartFilter(compiled.trie, true));

const names = packs.flatMap((p) =>
  p.entities.flatMap((e) => [
    e.names['zh-Hant'],
    e.names['zh-Hans'],
    ...e.aliases.map((a) => a.text),
  ]),
);
const unit = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => String.fromCharCode(c));
/** Names (some with numerals in them), numbers, figures, CJK and punctuation. */
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...names) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '276億元',
          '2%',
          '三千五百',
          '一',
          '十二個月',
          '2.0',
          '０',
          '萬',
        ),
      },
      { weight: 2, arbitrary: fc.string({ unit: unit(0x4e00, 0x9fa5), maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: fc.constantFrom(...'aS09.-, ，。'), maxLength: 3 }),
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A table of units to mark: the figures', or one that marks some units names start with. */
const tables = [
  figureStartUnits(),
  (() => {
    const table = new Uint8Array(0x10000);
    for (const name of names.slice(0, 40)) table[name.charCodeAt(0)] = 1;
    for (const c of '0123456789一') table[c.charCodeAt(0)] = 1;
    return table;
  })(),
];

const marked = (text: string, table: Uint8Array): number[] =>
  Array.from({ length: text.length }, (_, i) => i).filter((i) => table[text.charCodeAt(i)] !== 0);

const offsetsOf = (found: Offsets): number[] => [...found.values.subarray(0, found.length)];

describe('matchMarking', () => {
  it.each([
    ['sparse', sparse],
    ['dense', dense],
  ] as const)(
    'finds what match() finds and marks every marked unit, in order (%s scan)',
    (_, m) => {
      const found = new Offsets();
      fc.assert(
        fc.property(text, fc.constantFrom(0, 1), (t, which) => {
          const table = tables[which]!;
          expect(m.matchMarking!(t, table, found)).toEqual(m.match(t));
          expect(offsetsOf(found)).toEqual(marked(t, table));
        }),
        { numRuns: 500 },
      );
    },
  );

  it('hands parseFigures the starts it would have found itself', () => {
    const found = new Offsets();
    fc.assert(
      fc.property(text, (t) => {
        sparse.matchMarking!(t, figureStartUnits(), found);
        expect(parseFigures(t, { periods: false, starts: found })).toEqual(
          parseFigures(t, { periods: false }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
