/**
 * Money after a number: a currency word (243億美元), an English magnitude and
 * code (24.3 billion USD), or a currency prefix before it (US$24.3 billion).
 */
import * as context from './context';
import * as fold from './fold';
import type { NumberRead } from './numbers';
import type { Unit } from './read-types';
import * as vocabulary from './vocabulary';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { currencyBefore } = context;
const { foldAt, isLetterCode, matchAny, matchAt } = fold;
const { CURRENCY_CODE_SUFFIX, CURRENCY_SUFFIX, ENGLISH_MAGNITUDE, NOT_YUAN_AFTER } = vocabulary;

const SUFFIX_WORDS = CURRENCY_SUFFIX.map(([w]) => w);
/** Each currency word's unit, looked up without a closure per figure (`find` made one). */
const SUFFIX_UNITS = new Map(CURRENCY_SUFFIX);

/** A currency after the number (or before it) — null means "a currency we do not model". */
export function amountUnit(
  text: string,
  i: number,
  j: number,
  n: NumberRead,
): Unit | null | undefined {
  const suffix = matchAny(text, j, SUFFIX_WORDS);
  if (suffix !== undefined) {
    const unit = SUFFIX_UNITS.get(suffix);
    if (unit === null || unit === undefined) return null;
    if (suffix === '元') {
      if (matchAny(text, j + 1, NOT_YUAN_AFTER) !== undefined) return null;
      if (n.chinese && n.value < 10 && j === n.end) return null; // 二元對立
    }
    return { kind: 'amount', unit, factor: 1, end: j + suffix.length };
  }
  const prefix = currencyBefore(text, i);
  if (prefix === null) return null;
  // English magnitude and/or currency code: US$24.3 billion, 24.3 billion USD.
  let k = foldAt(text, j) === 0x20 ? j + 1 : j;
  let factor = 1;
  // Every English magnitude and currency code starts with a letter: most numbers have none after them.
  if (isLetterCode(foldAt(text, k))) {
    // Indexed, no destructuring: in code the engine has not optimised, a pattern walks
    // an iterator, made per entry.
    for (let t = 0; t < ENGLISH_MAGNITUDE.length; t++) {
      const entry = ENGLISH_MAGNITUDE[t]!;
      const w = entry[0];
      if (
        matchAt(text, k, w) &&
        !isLetterCode(foldAt(text, k + w.length)) &&
        (!entry[2] || prefix)
      ) {
        factor = entry[1];
        k += w.length;
        break;
      }
    }
  }
  if (factor === 1) k = j;
  const c = foldAt(text, k) === 0x20 ? k + 1 : k;
  if (isLetterCode(foldAt(text, c))) {
    for (let t = 0; t < CURRENCY_CODE_SUFFIX.length; t++) {
      const w = CURRENCY_CODE_SUFFIX[t]![0];
      if (matchAt(text, c, w) && !isLetterCode(foldAt(text, c + w.length))) {
        return { kind: 'amount', unit: CURRENCY_CODE_SUFFIX[t]![1], factor, end: c + w.length };
      }
    }
  }
  if (prefix !== undefined && !isLetterCode(foldAt(text, k))) {
    return { kind: 'amount', unit: prefix.unit, factor, end: k };
  }
  return undefined;
}
