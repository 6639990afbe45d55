/**
 * Where a figure can be: cheap tests that let the parser pass over most of a
 * text without reading numbers. Each one is conservative: it may let through
 * what is no figure, never the reverse (candidates.test.ts checks it).
 */
import { foldAt, isLetterCode, matchAt } from './fold';
import { isChineseNumeral } from './numbers';
import {
  COUNTERS,
  CURRENCY_SUFFIX,
  DURATION_SUFFIX,
  MORE_MARKS,
  PERCENT_POINTS,
  PERIOD_AFTER_NUMBER,
} from './vocabulary';

// Anything that can start a figure: ASCII and full-width digits, Chinese
// digits (any script), 十, and 百 of 百分之. A table beats a RegExp here: most
// hits (一) are no figure, and exec() allocates a match for each.
const START = new Uint8Array(0x10000);
for (const ch of '0123456789０１２３４５６７８９零〇一二兩两三四五六七八九十百') {
  START[ch.charCodeAt(0)] = 1;
}

/** Whether a figure can start at this (raw) code unit. */
export function mayStartFigure(code: number): boolean {
  return START[code] === 1;
}

/** First characters of every unit word: anything else after a number ends it cheaply. */
const UNIT_START = new Set<number>(
  [
    ...CURRENCY_SUFFIX.map(([w]) => w),
    ...DURATION_SUFFIX.map(([w]) => w),
    ...PERCENT_POINTS,
    ...COUNTERS,
    ...PERIOD_AFTER_NUMBER,
    '%',
    ' ',
  ].map((w) => w.charCodeAt(0)),
);

/** Whether a unit word (or `%`, or a space before one) can start at this folded code unit. */
export function mayStartUnit(c: number): boolean {
  return UNIT_START.has(c);
}

/** Before a number, the last character of a currency prefix (US$, ¥, 人民幣, RMB, USD …). */
export function mayHavePrefix(c: number): boolean {
  return c === 0x24 || c === 0xa5 || c === 0x20 || c === 0x5e01 || isLetterCode(c);
}

const MORE_START = new Set(MORE_MARKS.map((w) => w.charCodeAt(0)));
const CH_BAI = 0x767e; // 百

/**
 * Where the Chinese numerals at `i` end when no figure can start among them,
 * else `i`. Such a number is a figure only with a unit, counter, 多/余 or %
 * after some part of it, a currency before it, or as 百分之; most (統一, 一些,
 * 一直, 唯一) are none of these and cost a table look-up per character, not a read.
 */
export function plainNumeralsEnd(text: string, i: number): number {
  let c = foldAt(text, i);
  if (!isChineseNumeral(c) || mayHavePrefix(foldAt(text, i - 1))) return i;
  let k = i;
  while (isChineseNumeral(c)) {
    if (c === CH_BAI && matchAt(text, k, '百分之')) return i;
    c = foldAt(text, ++k);
    if (UNIT_START.has(c) || MORE_START.has(c)) return i;
  }
  return k;
}
