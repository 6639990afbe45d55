import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { linkFigure, mayLink, parseFigures, statedPeriod } from '../figures';
import type { FigureLink, FigureMention } from '../figures';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import type { IsoDate, Pack } from '../pack/types';
import { decideInContext, hasMetricIn } from './context';
import { getEvidenceIds } from './evidence-ids';
import { findMentions } from './find-mentions';
import { createMatcher } from './matcher';
import type { EntityMention, Matcher, Mention } from './types';

// findMentions finds each sentence once for all its figures and reads stops from a
// table; the oracle below is the plain reading it replaced: every figure's sentence
// and clause found afresh, with the stops as strings and a regular expression.

const STOP = new Set('。！？!?；;\n');
const CLAUSE_STOP = new Set('，,、：:（）()「」“”');

function isStop(text: string, i: number): boolean {
  const c = text[i]!;
  if (STOP.has(c)) return true;
  return (
    c === '.' && (i + 1 === text.length || text[i + 1] === ' ') && /[a-z)]/i.test(text[i - 1] ?? '')
  );
}

function around(text: string, from: number, to: number, stops: (i: number) => boolean) {
  let start = from;
  while (start > 0 && !stops(start - 1)) start--;
  let end = to;
  while (end < text.length && !stops(end)) end++;
  return [start, end] as const;
}

function oracle(text: string, matcher: Matcher, packs: readonly Pack[], pageDate?: IsoDate) {
  const evidenceIds = getEvidenceIds(packs);
  const entities = decideInContext(text, matcher.match(text), (id) => evidenceIds.get(id) ?? [id]);
  const named = entities.filter((m) => !m.ambiguous);
  const figures: FigureMention[] = [];
  const parsedFigures =
    named.length > 0 || hasMetricIn(text, 0, text.length)
      ? parseFigures(text, { periods: false })
      : [];
  let e = 0;
  for (const parsed of parsedFigures) {
    while (e < entities.length && (entities[e] as EntityMention).end <= parsed.start) e++;
    if (e < entities.length && (entities[e] as EntityMention).start < parsed.end) continue;
    const sentence = around(text, parsed.start, parsed.end, (i) => isStop(text, i));
    const headCount =
      parsed.kind === 'count' && /[人名户戶]次?$/.test(text.slice(parsed.start, parsed.end));
    const [from, to] = headCount
      ? around(text, parsed.start, parsed.end, (i) => CLAUSE_STOP.has(text[i]!) || isStop(text, i))
      : sentence;
    const beside = named.some((m) => m.start < to && m.end > from);
    if (!beside && !hasMetricIn(text, ...sentence)) continue;
    let link: FigureLink | undefined;
    if (mayLink(parsed, packs)) {
      const before = entities.slice(0, e).reverse();
      const nearby = [...new Set([...before, ...entities.slice(e)].map((m) => m.entityId))];
      link = linkFigure(parsed, nearby, packs, () => statedPeriod(text, parsed), pageDate);
    }
    figures.push({
      kind: 'figure',
      start: parsed.start,
      end: parsed.end,
      figure: parsed,
      ...(link ? { link } : {}),
      ...(beside ? {} : { ambiguous: true }),
    });
  }
  const out: Mention[] = [...entities, ...figures];
  // Stable: an entity before a figure at the same start, as findMentions merges them.
  return out.sort(
    (a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'entity' ? -1 : 1),
  );
}

/**
 * Mentions as their readers see them: a figure's link is worked out when first read
 * (found-figure.ts), so it is read here, beside the fields it sits with.
 */
const asRead = (mentions: readonly Mention[]) =>
  mentions.map((m) =>
    m.kind === 'figure'
      ? {
          kind: m.kind,
          start: m.start,
          end: m.end,
          figure: m.figure,
          link: m.link,
          ambiguous: m.ambiguous,
        }
      : m,
  );

const packs = getBuiltinPacks();
const matcher = createMatcher(packs);
const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, '../../tests/fixtures/seed/000_d03440ed709a88e5.txt'), 'utf8');

/** Stops, clause marks and words that move a figure's sentence, clause or evidence. */
const PIECES = [
  ...'。！？!?；;\n，,、：:（）()「」“”. ',
  'Inc. ',
  'Ltd.',
  'U.S. ',
  '5.0',
  '營收',
  '同比',
  'revenue',
  '3萬人',
  '20萬人次',
  '40萬戶',
  '3000名',
  '276億元',
  '2%',
  '百分之五',
  '阿里雲',
  '張勇',
  '飛天',
];

/** Text made of pieces of the seed article (its names and figures link) and of PIECES. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc
        .tuple(fc.nat(seed.length - 1), fc.integer({ min: 1, max: 60 }))
        .map(([at, length]) => seed.slice(at, at + length)),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

describe('findMentions reads each sentence once and finds what the plain reading found', () => {
  it('on generated text, with and without a page date', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, dated) => {
        const date: IsoDate | undefined = dated ? '2023-12-01' : undefined;
        expect(asRead(findMentions(t, matcher, packs, date))).toEqual(
          oracle(t, matcher, packs, date),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('on long blocks, many entities and figures in each', () => {
    expect(asRead(findMentions(seed, matcher, packs, '2023-12-01'))).toEqual(
      oracle(seed, matcher, packs, '2023-12-01'),
    );
    const long = fc.array(text, { minLength: 4, maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(long, (t) => {
        expect(asRead(findMentions(t, matcher, packs))).toEqual(oracle(t, matcher, packs));
      }),
      { numRuns: 200 },
    );
  });

  it('on every paragraph of the seed article', () => {
    for (const paragraph of seed.split('\n'))
      expect(asRead(findMentions(paragraph, matcher, packs))).toEqual(
        oracle(paragraph, matcher, packs),
      );
  });
});
