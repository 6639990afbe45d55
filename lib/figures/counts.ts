/**
 * Counts after a number: large counts of things (3000家企業), model sizes and
 * token counts (720億參數, 671B after 總參數, 0.5B到72B), compute (2000P Flops,
 * 278.8萬GPU小時), sizes written as magnitudes alone (千億級參數), and the
 * per-tokens tail of a price (0.0008元/千tokens). All are counts with unit ''.
 */
import * as context from './context';
import * as countWords from './count-words';
import * as fold from './fold';
import * as made from './new-figure';
import * as numbers from './numbers';
import type { NumberRead } from './numbers';
import type { Read, Unit } from './read-types';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { qualifierAfter, qualifierBefore } = context;
const {
  COUNT_FILLERS,
  COUNT_NOUN_BEFORE,
  COUNT_NOUNS,
  COUNTERS,
  FLOPS_UNITS,
  GPU_HOURS,
  LETTER_MAGNITUDE,
  NOT_COUNT_AFTER,
  NOT_YEAR_COUNTERS,
  PER_TOKENS,
} = countWords;
const { foldAt, isDigitCode, isLetterCode, matchAny, matchAnyBefore, matchAt } = fold;
const { NewFigure } = made;
const { readArabic } = numbers;

const CH_MEI = 0x6bcf; // 每
const COUNT_NOUN_WORDS = COUNT_NOUNS.map(([w]) => w);
const COUNT_NOUN_OF = new Map(COUNT_NOUNS);
const RANGE_MARKS = ['到', '至', '-', '~'];
/** Magnitudes a bare Chinese size starts with (千億參數, 萬億參數): 百 千 万. */
const BARE_MAGNITUDE_START = new Set([0x767e, 0x5343, 0x4e07]);
const MAGNITUDE_OF: Record<number, number> = {
  0x767e: 100,
  0x5343: 1000,
  0x4e07: 1e4,
  0x4ebf: 1e8,
  0x5146: 1e12,
};

/** Large counts only (3000家企業, 1億用戶): small ones are ordinary words (兩個方面). */
export function countUnit(
  text: string,
  j: number,
  n: NumberRead,
  factor: number,
): Unit | undefined {
  if (n.value * factor < 100) return undefined;
  const w = matchAny(text, j, COUNTERS);
  if (w === undefined) return undefined;
  if (
    !n.chinese &&
    factor === 1 &&
    n.intDigits === 4 &&
    n.value >= 1900 &&
    n.value < 2100 &&
    !NOT_YEAR_COUNTERS.includes(w)
  ) {
    return undefined; // likely a year
  }
  if (matchAny(text, j + w.length, NOT_COUNT_AFTER) !== undefined) return undefined; // 100塊錢
  return { kind: 'count', unit: '', factor: 1, end: j + w.length };
}

/**
 * Model sizes, token counts and compute: 720億參數, 2萬億tokens, 671B (after
 * 總參數), 0.5B到72B, 2000P Flops, 278.8萬GPU小時. Counts with unit ''.
 */
export function sizeUnit(
  text: string,
  i: number,
  j: number,
  n: NumberRead,
  factor: number,
): Unit | undefined {
  let k = j;
  let f = factor;
  let letter = -1;
  if (!n.chinese && factor === 1) {
    const s = foldAt(text, j) === 0x20 ? j + 1 : j;
    // Compute units all start with a letter.
    if (isLetterCode(foldAt(text, s))) {
      // Indexed, no destructuring: in code the engine has not optimised, a pattern
      // `[w, ff]` walks an iterator, made per entry (this runs at most numbers).
      for (let t = 0; t < FLOPS_UNITS.length; t++) {
        const w = FLOPS_UNITS[t]![0];
        if (matchAt(text, s, w) && !isLetterCode(foldAt(text, s + w.length))) {
          return { kind: 'count', unit: '', factor: FLOPS_UNITS[t]![1], end: s + w.length };
        }
      }
    }
    const c = foldAt(text, j);
    const after = foldAt(text, j + 1);
    if (!isLetterCode(after) && !isDigitCode(after)) {
      for (let t = 0; t < LETTER_MAGNITUDE.length; t++) {
        if (c === LETTER_MAGNITUDE[t]![0].charCodeAt(0)) {
          f = LETTER_MAGNITUDE[t]![1];
          k = j + 1;
          letter = c;
          break;
        }
      }
    }
  }
  // 278.8萬GPU小時: GPU hours, a count (GPU may be a word of its own, so it stays out).
  if (letter < 0 && matchAny(text, k, GPU_HOURS) !== undefined) {
    return { kind: 'count', unit: '', factor: 1, end: k };
  }
  if (n.value * f < 1e4 || foldAt(text, i - 1) === CH_MEI) return undefined;
  const noun = matchAny(text, k, COUNT_NOUN_WORDS);
  if (noun !== undefined) {
    const q = COUNT_NOUN_OF.get(noun);
    return {
      kind: 'count',
      unit: '',
      factor: f / factor,
      end: nounEnd(k, noun),
      ...(q !== undefined ? { qualifier: q } : {}),
    };
  }
  if (letter >= 0) {
    // 0.5B到72B: a range of sizes in the same letter.
    const mark = matchAny(text, k, RANGE_MARKS);
    if (mark !== undefined) {
      const m = readArabic(text, k + mark.length);
      if (
        m !== undefined &&
        foldAt(text, m.end) === letter &&
        !isLetterCode(foldAt(text, m.end + 1)) &&
        m.value > n.value
      ) {
        return { kind: 'count', unit: '', factor: f / factor, end: m.end + 1, to: m.value };
      }
    }
  }
  if ((f > factor || factor >= 1e4 || n.step >= 1e4) && countNounBefore(text, i)) {
    return { kind: 'count', unit: '', factor: f / factor, end: k };
  }
  return undefined;
}

/**
 * A size written as magnitudes alone (千億級參數, 萬億參數, 參數規模超過千億):
 * a count only with a counted noun after it or before it.
 */
export function bareMagnitudeAt(text: string, i: number): Read {
  if (!BARE_MAGNITUDE_START.has(foldAt(text, i))) return { next: i + 1 };
  let factor = 1;
  let k = i;
  for (let m = MAGNITUDE_OF[foldAt(text, k)]; m !== undefined; m = MAGNITUDE_OF[foldAt(text, k)]) {
    factor *= m;
    k++;
  }
  if (k - i < 2 || factor < 1e4 || foldAt(text, i - 1) === CH_MEI) return { next: k };
  const noun = matchAny(text, k, COUNT_NOUN_WORDS);
  if (noun === undefined && !countNounBefore(text, i)) return { next: k };
  const end = nounEnd(k, noun);
  const q =
    qualifierBefore(text, i) ??
    (noun === undefined ? undefined : COUNT_NOUN_OF.get(noun)) ??
    qualifierAfter(text, end);
  return { figure: new NewFigure(i, end, 'count', factor, '', factor, q), next: end };
}

/**
 * Where a size's highlight ends before its counted noun: 720億 of 720億參數,
 * 千億級 of 千億級參數. The noun is a word of its own (and may be an entity).
 */
function nounEnd(k: number, noun: string | undefined): number {
  return noun === '级参数' ? k + 1 : k;
}

/** A counted noun before the number, over fillers: 總參數達, 每個token激活, tokens使用量已超過. */
function countNounBefore(text: string, start: number): boolean {
  let p = start;
  for (let hops = 0; hops <= 4; hops++) {
    if (matchAnyBefore(text, p, COUNT_NOUN_BEFORE) !== undefined) return true;
    const filler = matchAnyBefore(text, p, COUNT_FILLERS);
    if (filler === undefined) return false;
    p -= filler.length;
  }
  return false;
}

/** Chinese magnitudes (千, 百萬) or one letter one (1K, M) ending at or starting from a price's per-unit. */
function isPerMagnitude(c: number): boolean {
  return MAGNITUDE_OF[c] !== undefined || c === 0x6b || c === 0x6d || isDigitCode(c);
}

/**
 * `/千tokens` after an amount: where its magnitude ends (0.0008元/千), else
 * `end`. The tokens stay outside: they are a word of their own.
 */
export function perTokensAfter(text: string, end: number): number {
  if (foldAt(text, end) !== 0x2f) return end;
  let p = end + 1;
  while (p - end < 6 && isPerMagnitude(foldAt(text, p))) p++;
  if (p === end + 1) return end;
  const q = foldAt(text, p) === 0x20 ? p + 1 : p;
  const w = matchAny(text, q, PER_TOKENS);
  return w === undefined || isLetterCode(foldAt(text, q + w.length)) ? end : p;
}

/** English nouns that make "16 trillion" a count of the industry's (the noun stays outside). */
const ENGLISH_COUNTED = [
  ' tokens',
  ' token',
  ' parameters',
  ' users',
  ' gpus',
  ' chips',
  ' developers',
];
/** English magnitude words that may stand before a counted noun (the short ones only for money). */
const ENGLISH_COUNT_MAGNITUDE: readonly (readonly [string, number])[] = [
  [' trillion', 1e12],
  [' billion', 1e9],
  [' million', 1e6],
];

/**
 * An English count: 16 trillion tokens, 671 billion parameters, 3 million users.
 * The highlight ends before the noun, which is often a name of its own (tokens).
 */
export function englishCountUnit(text: string, j: number, n: NumberRead): Unit | undefined {
  if (n.chinese || foldAt(text, j) !== 0x20) return undefined;
  // Indexed, no destructuring (see sizeUnit).
  for (let t = 0; t < ENGLISH_COUNT_MAGNITUDE.length; t++) {
    const w = ENGLISH_COUNT_MAGNITUDE[t]![0];
    if (!matchAt(text, j, w)) continue;
    const k = j + w.length;
    if (matchAny(text, k, ENGLISH_COUNTED) === undefined) return undefined;
    return { kind: 'count', unit: '', factor: ENGLISH_COUNT_MAGNITUDE[t]![1], end: k };
  }
  return undefined;
}
