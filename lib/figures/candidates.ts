/**
 * Where a figure can be: cheap tests that let the parser pass over most of a
 * text without reading numbers. Each one is conservative: it may let through
 * what is no figure, never the reverse (candidates.test.ts checks it).
 */
import type { Offsets } from '../match/offsets';
import { unitTableOnFirstUse } from '../match/unit-table';
import * as fold from './fold';
import * as numbers from './numbers';
import * as countWords from './count-words';
import * as vocabulary from './vocabulary';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { foldAt, isDigitCode, isLetterCode, matchAny, matchAt } = fold;
const { isChineseNumeral } = numbers;
const { COUNT_NOUNS, COUNTERS, GPU_HOURS } = countWords;
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

/** One entry per (raw) code unit, 1 where a figure can start: what the matcher's scan marks. */
export function figureStartUnits(): Uint8Array {
  return startTable();
}

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

/** Every offset of `text` where a figure can start, in order, into `found` (emptied first). */
export function figureStartsIn(text: string, found: Offsets): Offsets {
  const n = text.length;
  found.length = 0;
  for (let i = nextFigureStart(text, 0, n); i < n; i = nextFigureStart(text, i + 1, n))
    found.push(i);
  return found;
}

/**
 * The unit words that are not counters, and the single units that may begin
 * one (a space before it, a letter magnitude): each reader of a unit looks
 * for one of these right after the number, the count readers aside.
 */
const OTHER_UNIT_WORDS = [
  ...CURRENCY_SUFFIX.map(([w]) => w),
  ...DURATION_SUFFIX.map(([w]) => w),
  ...PERCENT_POINTS,
  ...COUNT_NOUNS.map(([w]) => w),
  ...PERIOD_AFTER_NUMBER,
  ...GPU_HOURS,
  '%',
  ' ',
  '倍', // 增長了33倍
  '/', // 0.0008元/千tokens
  // Letter magnitudes and compute: 671B, 32K, 2000P Flops, 29.2EFLOPS, 278.8萬GPU小時.
  ...'btmkpefg',
  '卡',
].sort((a, b) => b.length - a.length);

const CH_BAI = 0x767e; // 百
const CH_QIAN = 0x5343; // 千

// What a folded unit after a number can begin, one bit each, in one table: the parser
// asks of every candidate number (a table look-up, not a Set's). Built on first use.
/** A unit word (or `%`, or a space before one): anything else after a number ends it cheaply. */
const UNIT = 1;
/** 多/余 … (MORE_MARKS). */
const MORE = 2;
/** 万亿兆. */
const BIG_MAGNITUDE = 4;
/** What may follow an Arabic number's digits in a figure: a unit, 多/余, or a magnitude (百千万亿兆). */
const DIGITS_GO_ON = 8;

const afterNumberTable = unitTableOnFirstUse((table) => {
  const set = (c: number, bits: number) => (table[c] = (table[c] as number) | bits);
  for (const w of [...OTHER_UNIT_WORDS, ...COUNTERS]) set(w.charCodeAt(0), UNIT | DIGITS_GO_ON);
  for (const w of MORE_MARKS) set(w.charCodeAt(0), MORE | DIGITS_GO_ON);
  for (const c of [0x4e07, 0x4ebf, 0x5146]) set(c, BIG_MAGNITUDE | DIGITS_GO_ON);
  set(CH_BAI, DIGITS_GO_ON);
  set(CH_QIAN, DIGITS_GO_ON);
});

/** The bits of folded unit `c` (-1 outside the text: none). */
function afterNumber(c: number): number {
  return c >= 0 ? (afterNumberTable()[c] as number) : 0;
}

/** Whether a unit word (or `%`, or a space before one) can start at this folded code unit. */
export function mayStartUnit(c: number): boolean {
  return (afterNumber(c) & UNIT) !== 0;
}

/** Before a number, the last character of a currency prefix (US$, ¥, 人民幣, RMB, USD …). */
export function mayHavePrefix(c: number): boolean {
  return c === 0x24 || c === 0xa5 || c === 0x20 || c === 0x5e01 || isLetterCode(c);
}

/**
 * Where the number at `i` ends when no figure can start in it, else `i`: a
 * read per candidate is the parser's main cost, and most numbers of a text
 * are no figure. Nothing before it may end a currency prefix.
 */
export function plainNumeralsEnd(text: string, i: number): number {
  const c = foldAt(text, i);
  if (mayHavePrefix(foldAt(text, i - 1))) return i;
  if (isDigitCode(c)) return plainDigitsEnd(text, i);
  return isChineseNumeral(c) ? plainChineseEnd(text, i, c) : i;
}

/**
 * Chinese numerals are a figure only with a unit, counter, 多/余 or %
 * after some part of them, a currency before them, as 百分之, or when they
 * hold 萬/億/兆 (總參數達一萬億: a counted noun before it); most (統一, 一些,
 * 一直, 唯一) are none of these and cost a table look-up per character, not a
 * read. Nor is a number below 100 before a counter (兩位, 三次, 一個事實;
 * not 一個月): one or two numerals without 百 or 千, since only a count of
 * 100 or more is a figure, and no other unit word there.
 */
function plainChineseEnd(text: string, i: number, first: number): number {
  let c = first;
  let k = i;
  let hundreds = false;
  while (isChineseNumeral(c)) {
    if (c === CH_BAI && matchAt(text, k, '百分之')) return i;
    if ((afterNumber(c) & BIG_MAGNITUDE) !== 0) return i;
    if (c === CH_BAI || c === CH_QIAN) hundreds = true;
    c = foldAt(text, ++k);
    const after = afterNumber(c);
    if ((after & MORE) !== 0) return i;
    if ((after & UNIT) !== 0 && (k - i > 2 || hundreds || otherUnitAt(text, k))) return i;
  }
  return k;
}

/** Whether a unit word other than a counter starts at `k`. */
function otherUnitAt(text: string, k: number): boolean {
  return matchAny(text, k, OTHER_UNIT_WORDS) !== undefined;
}

/**
 * Arabic digits (with their separators, 1,234.5) are a figure only with a
 * unit, 多/余 or a magnitude after them, or a currency before them: most
 * (2023的, 3.5。, 710或) are none of these. No read inside them finds one
 * either: each ends at a separator or where the digits end.
 */
function plainDigitsEnd(text: string, i: number): number {
  let k = i;
  let c = foldAt(text, k);
  while (isDigitCode(c) || c === 0x2c || c === 0x2e) c = foldAt(text, ++k);
  return (afterNumber(c) & DIGITS_GO_ON) !== 0 ? i : k;
}
