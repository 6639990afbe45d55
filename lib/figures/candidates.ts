/**
 * Where a figure can be: cheap tests that let the parser pass over most of a
 * text without reading numbers. Each one is conservative: it may let through
 * what is no figure, never the reverse (candidates.test.ts checks it).
 */
import { unitTableOnFirstUse } from '../match/unit-table';
import * as fold from './fold';
import * as numbers from './numbers';
import * as countWords from './count-words';
import * as vocabulary from './vocabulary';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { foldAt, isLetterCode, matchAt } = fold;
const { isChineseNumeral } = numbers;
const { COUNT_NOUNS, COUNTERS } = countWords;
const { CURRENCY_SUFFIX, DURATION_SUFFIX, MORE_MARKS, PERCENT_POINTS, PERIOD_AFTER_NUMBER } =
  vocabulary;

// Anything that can start a figure: ASCII and full-width digits, Chinese
// digits (any script), 十, 百 of 百分之, and 百/千/萬 of 千億參數, 萬億參數. A table beats a RegExp here: most
// hits (一) are no figure, and exec() allocates a match for each.
// Built on first use: a page without Chinese text or digits never asks.
const startTable = unitTableOnFirstUse((table) => {
  for (const ch of '0123456789０１２３４５６７８９零〇一二兩两三四五六七八九十百千万萬') {
    table[ch.charCodeAt(0)] = 1;
  }
});

/** Whether a figure can start at this (raw) code unit. */
export function mayStartFigure(code: number): boolean {
  return startTable()[code] === 1;
}

/**
 * The first offset in [from, to) where a figure can start, else `to`: the
 * parser's one pass over the text, a table look-up per code unit.
 */
export function nextFigureStart(text: string, from: number, to: number): number {
  const table = startTable();
  let i = from;
  while (i < to && table[text.charCodeAt(i)] !== 1) i++;
  return i;
}

/** First characters of every unit word: anything else after a number ends it cheaply. */
const UNIT_START = new Set<number>(
  [
    ...CURRENCY_SUFFIX.map(([w]) => w),
    ...DURATION_SUFFIX.map(([w]) => w),
    ...PERCENT_POINTS,
    ...COUNTERS,
    ...COUNT_NOUNS.map(([w]) => w),
    ...PERIOD_AFTER_NUMBER,
    '%',
    ' ',
    '倍', // 增長了33倍
    '/', // 0.0008元/千tokens
    // Letter magnitudes and compute: 671B, 32K, 2000P Flops, 29.2EFLOPS, 278.8萬GPU小時.
    ...'btmkpefg',
    '卡',
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
const BIG_MAGNITUDE = new Set([0x4e07, 0x4ebf, 0x5146]); // 万亿兆

/**
 * Where the Chinese numerals at `i` end when no figure can start among them,
 * else `i`. Such a number is a figure only with a unit, counter, 多/余 or %
 * after some part of it, a currency before it, as 百分之, or when it holds
 * 萬/億/兆 (總參數達一萬億: a counted noun before it); most (統一, 一些,
 * 一直, 唯一) are none of these and cost a table look-up per character, not a read.
 */
export function plainNumeralsEnd(text: string, i: number): number {
  let c = foldAt(text, i);
  if (!isChineseNumeral(c) || mayHavePrefix(foldAt(text, i - 1))) return i;
  let k = i;
  while (isChineseNumeral(c)) {
    if (c === CH_BAI && matchAt(text, k, '百分之')) return i;
    if (BIG_MAGNITUDE.has(c)) return i;
    c = foldAt(text, ++k);
    if (UNIT_START.has(c) || MORE_START.has(c)) return i;
  }
  return k;
}
