/**
 * Periods (今年一季度, 上個季度, 2024財年第一季度, FY2024, Q3, 下半年) are not
 * figures: they qualify the figures that follow them in the same sentence.
 */
import * as fold from './fold';
import { unitTableOnFirstUse } from '../match/unit-table';
import * as numbers from './numbers';
import type { ParsedFigure, ParsedPeriod } from './types';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { foldAt, isDigitCode, isLetterCode, matchAny, matchAt } = fold;
const { chineseDigit, readArabic } = numbers;

const MAX_LOOKBACK = 300;

const RELATIVE_QUARTER: readonly (readonly [string, 'this' | 'last' | 'next'])[] = [
  ['上一个季度', 'last'],
  ['上个季度', 'last'],
  ['上一季度', 'last'],
  ['上季度', 'last'],
  ['下一个季度', 'next'],
  ['下个季度', 'next'],
  ['下一季度', 'next'],
  ['下季度', 'next'],
  ['这个季度', 'this'],
  ['本季度', 'this'],
  ['当季', 'this'],
];
const RELATIVE_YEAR: readonly (readonly [string, 'this' | 'last' | 'next'])[] = [
  ['今年', 'this'],
  ['去年', 'last'],
  ['明年', 'next'],
];
const QUARTER_WORDS = ['个季度', '季度', '财季', '季'];

// What a folded unit is to the period reader, in one table (it reads back over a
// sentence unit by unit): 1 a sentence's end, 2 where a period token can start.
const SENTENCE_END = 1;
const TOKEN_START = 2;
const unitKinds = unitTableOnFirstUse((table) => {
  for (const c of [0x3002, 0x21, 0x3f, 0x3b, 0x0a, 0x0d, 0xff01, 0xff1f, 0xff1b])
    table[c] = SENTENCE_END; // 。!?;\n\r！？；
  for (const [w] of [...RELATIVE_QUARTER, ...RELATIVE_YEAR]) table[w.charCodeAt(0)] = TOKEN_START;
  for (const c of '上下首财第qhf0123456789一二三四') table[c.charCodeAt(0)] = TOKEN_START;
});

/** What folded unit `c` is (-1 outside the text: nothing). */
function kindOf(c: number): number {
  return c >= 0 ? (unitKinds()[c] as number) : 0;
}

function quarterDigit(c: number): 1 | 2 | 3 | 4 | undefined {
  const d = isDigitCode(c) ? c - 0x30 : chineseDigit(c);
  return d === 1 || d === 2 || d === 3 || d === 4 ? d : undefined;
}

/** A period token at `i`: how it changes `p`, and where it ends; undefined if none. */
function readPeriodToken(text: string, i: number, p: ParsedPeriod): number | undefined {
  const c = foldAt(text, i);
  for (const [w, rel] of RELATIVE_QUARTER) {
    if (matchAt(text, i, w)) {
      p.relative = rel;
      p.relativeTo = 'quarter';
      delete p.quarter;
      delete p.half;
      return i + w.length;
    }
  }
  for (const [w, rel] of RELATIVE_YEAR) {
    if (matchAt(text, i, w)) {
      p.relative = rel;
      p.relativeTo = 'year';
      delete p.year;
      return i + w.length;
    }
  }
  if (matchAt(text, i, '上半') || matchAt(text, i, '下半')) {
    const fiscal = matchAt(text, i + 2, '财年');
    if (fiscal || matchAt(text, i + 2, '年')) {
      p.half = c === 0x4e0a ? 1 : 2;
      delete p.quarter;
      if (fiscal) p.fiscal = true;
      return i + (fiscal ? 4 : 3);
    }
  }
  if (matchAt(text, i, '首季')) {
    p.quarter = 1;
    return i + (matchAt(text, i + 2, '度') ? 3 : 2);
  }
  if (matchAt(text, i, '财年')) {
    p.fiscal = true;
    return i + 2;
  }
  const before = foldAt(text, i - 1);
  if ((c === 0x71 || c === 0x68) && !isLetterCode(before)) {
    // Q1–Q4, H1–H2
    const d = quarterDigit(foldAt(text, i + 1));
    if (
      d !== undefined &&
      !isDigitCode(foldAt(text, i + 2)) &&
      !isLetterCode(foldAt(text, i + 2))
    ) {
      if (c === 0x71) p.quarter = d;
      else if (d <= 2) p.half = d as 1 | 2;
      else return undefined;
      return i + 2;
    }
  }
  if (c === 0x66 && foldAt(text, i + 1) === 0x79 && !isLetterCode(before)) {
    // FY2024, FY24
    const n = readArabic(text, i + 2, true);
    if (n !== undefined && n.step === 1 && (n.intDigits === 2 || n.intDigits === 4)) {
      p.year = n.intDigits === 2 ? 2000 + n.value : n.value;
      p.fiscal = true;
      return n.end;
    }
  }
  const start = c === 0x7b2c ? i + 1 : i; // 第
  const q = quarterDigit(foldAt(text, start));
  if (q !== undefined) {
    const w = matchAny(text, start + 1, QUARTER_WORDS);
    if (w !== undefined) {
      p.quarter = q;
      delete p.half;
      if (w === '财季') p.fiscal = true;
      return start + 1 + w.length;
    }
  }
  if (isDigitCode(c)) {
    const n = readArabic(text, i);
    if (n === undefined || n.step !== 1) return undefined;
    const year = n.intDigits === 4 ? n.value : n.intDigits === 2 ? 2000 + n.value : 0;
    if (year < 1900 || year > 2099) return undefined;
    if (matchAt(text, n.end, '财年')) {
      p.year = year;
      p.fiscal = true;
      return n.end + 2;
    }
    if (matchAt(text, n.end, '年') || (n.intDigits === 4 && foldAt(text, n.end) === 0x71)) {
      p.year = year;
      delete p.relative;
      return n.end + (foldAt(text, n.end) === 0x71 ? 0 : 1);
    }
    return n.end;
  }
  return undefined;
}

/** Where the sentence holding `i` starts (bounded look-back). */
function sentenceStart(text: string, i: number): number {
  const stop = Math.max(0, i - MAX_LOOKBACK);
  for (let k = i - 1; k >= stop; k--) {
    if (kindOf(foldAt(text, k)) === SENTENCE_END) return k + 1;
  }
  return stop;
}

/** The period stated in the sentence before offset `end`, if any. */
function periodBefore(text: string, end: number): ParsedPeriod | undefined {
  const p: ParsedPeriod = {};
  let found = false;
  let i = sentenceStart(text, end);
  while (i < end) {
    if (kindOf(foldAt(text, i)) !== TOKEN_START) {
      i++;
      continue;
    }
    const next = readPeriodToken(text, i, p);
    if (next !== undefined && next <= end && next > i) {
      found ||= Object.keys(p).length > 0;
      i = next;
    } else i++;
  }
  return found && Object.keys(p).length > 0 ? p : undefined;
}

/**
 * The period stated before `figure` in its sentence, if any. Durations have
 * none: 十二小時 lasts, it does not happen in a quarter.
 */
export function statedPeriod(text: string, figure: ParsedFigure): ParsedPeriod | undefined {
  return figure.kind === 'duration' ? undefined : periodBefore(text, figure.start);
}

/** Sets `figure.period` to its stated period, if any (see `statedPeriod`). */
export function attachStatedPeriod(text: string, figure: ParsedFigure): void {
  const period = statedPeriod(text, figure);
  if (period !== undefined) figure.period = period;
}
