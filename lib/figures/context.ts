/**
 * What surrounds a number: growth words, qualifiers, duration cues and
 * currency prefixes. All look-arounds are short and local.
 */
import * as fold from './fold';
import * as growthWords from './growth-words';
import * as vocabulary from './vocabulary';
import type { Qualifier } from './vocabulary';
import type { FigureUnit } from '../pack/types';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { foldAt, isLetterCode, matchAny, matchAnyBefore, matchAt } = fold;
const {
  DECLINE_AFTER,
  DECLINE_BEFORE,
  ENGLISH_DECLINE_BEFORE,
  ENGLISH_GROWTH_BEFORE,
  GROWTH_AFTER,
  GROWTH_AFTER_MODIFIERS,
  GROWTH_BEFORE,
  GROWTH_FILLERS,
  NOT_GROWTH_BEFORE,
} = growthWords;
const {
  CURRENCY_PREFIX,
  DURATION_CUE_BEFORE,
  ENGLISH_QUALIFIER_BEFORE,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
} = vocabulary;

/** +1 or -1 when a growth/decline word leads to the number at `start`, else 0. */
export function growthBefore(text: string, start: number): 1 | -1 | 0 {
  let p = start;
  for (let hops = 0; hops <= 4; hops++) {
    if (matchAnyBefore(text, p, NOT_GROWTH_BEFORE) !== undefined) return 0;
    if (matchAnyBefore(text, p, DECLINE_BEFORE) !== undefined) return -1;
    if (matchAnyBefore(text, p, GROWTH_BEFORE) !== undefined) return 1;
    const filler = matchAnyBefore(text, p, GROWTH_FILLERS);
    if (filler === undefined) return 0;
    p -= filler.length;
  }
  return 0;
}

/**
 * An English word that ends at `end` after a space (`about 17%` → about), on a
 * word boundary; the offset where it starts, or -1.
 */
function englishWordBefore(text: string, end: number, words: readonly string[]): number {
  if (foldAt(text, end - 1) !== 0x20) return -1;
  const w = matchAnyBefore(text, end - 1, words);
  if (w === undefined) return -1;
  const s = end - 1 - w.length;
  return isLetterCode(foldAt(text, s - 1)) ? -1 : s;
}

const ENGLISH_QUALIFIER_WORDS = ENGLISH_QUALIFIER_BEFORE.map(([w]) => w);
const ENGLISH_QUALIFIER_OF = new Map(ENGLISH_QUALIFIER_BEFORE);

/** up 34%, fell about 17%, rose more than 5%: +1 / -1 / 0. */
export function englishGrowthBefore(text: string, start: number): 1 | -1 | 0 {
  if (foldAt(text, start - 1) !== 0x20) return 0;
  let p = start;
  const q = englishWordBefore(text, p, ENGLISH_QUALIFIER_WORDS);
  if (q >= 0) p = q;
  if (englishWordBefore(text, p, ENGLISH_DECLINE_BEFORE) >= 0) return -1;
  if (englishWordBefore(text, p, ENGLISH_GROWTH_BEFORE) >= 0) return 1;
  return 0;
}

/**
 * A growth word after "N%": 2%的負增長, 4%的實際增速. Returns the sign and
 * where the growth word ends.
 */
export function growthAfter(text: string, end: number): { sign: 1 | -1; end: number } | undefined {
  let p = end;
  if (matchAt(text, p, '的')) p++;
  const mod = matchAny(text, p, GROWTH_AFTER_MODIFIERS);
  if (mod !== undefined) p += mod.length;
  const down = matchAny(text, p, DECLINE_AFTER);
  if (down !== undefined) return { sign: -1, end: p + down.length };
  const up = matchAny(text, p, GROWTH_AFTER);
  if (up !== undefined) return { sign: 1, end: p + up.length };
  return undefined;
}

/** An explicit sign right before the number (+19.4%, −2%), not a range dash or 1+6. */
export function signBefore(text: string, start: number): 1 | -1 | 0 {
  const c = foldAt(text, start - 1);
  if (c !== 0x2b && c !== 0x2d) return 0;
  const b = foldAt(text, start - 2);
  if ((b >= 0x30 && b <= 0x39) || isLetterCode(b) || b === 0x25) return 0;
  return c === 0x2b ? 1 : -1;
}

const QUALIFIER_BEFORE_WORDS = QUALIFIER_BEFORE.map(([w]) => w);
const QUALIFIER_AFTER_WORDS = QUALIFIER_AFTER.map(([w]) => w);
const QUALIFIER_OF = new Map([...QUALIFIER_BEFORE, ...QUALIFIER_AFTER]);
const PREFIX_WORDS = CURRENCY_PREFIX.map(([w]) => w);
const PREFIX_UNIT = new Map(CURRENCY_PREFIX);

export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const w = matchAnyBefore(text, start, QUALIFIER_BEFORE_WORDS);
  if (w !== undefined) return QUALIFIER_OF.get(w);
  const e = englishWordBefore(text, start, ENGLISH_QUALIFIER_WORDS);
  if (e < 0) return undefined;
  const word = ENGLISH_QUALIFIER_WORDS.find((x) => matchAt(text, e, x));
  return word === undefined ? undefined : ENGLISH_QUALIFIER_OF.get(word);
}

export function qualifierAfter(text: string, end: number): Qualifier | undefined {
  const w = matchAny(text, end, QUALIFIER_AFTER_WORDS);
  return w === undefined ? undefined : QUALIFIER_OF.get(w);
}

export function durationCueBefore(text: string, start: number): boolean {
  return matchAnyBefore(text, start, DURATION_CUE_BEFORE) !== undefined;
}

/**
 * A currency written before the number (US$24.3, 人民幣100億元), with the
 * offset where the prefix starts. `null` means a `$` of a currency we have no
 * unit for (A$, S$): no figure.
 */
export function currencyBefore(
  text: string,
  start: number,
): { unit: Exclude<FigureUnit, ''>; start: number } | null | undefined {
  const end = foldAt(text, start - 1) === 0x20 ? start - 1 : start;
  const w = matchAnyBefore(text, end, PREFIX_WORDS);
  const unit = w === undefined ? undefined : PREFIX_UNIT.get(w);
  if (w === undefined || unit === undefined) return undefined;
  const s = end - w.length;
  // A$, S$: a dollar we have no unit for; xusd: not a prefix.
  if (isLetterCode(foldAt(text, s - 1))) return w === '$' ? null : undefined;
  return { unit, start: s };
}
