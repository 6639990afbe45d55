/**
 * parseFigures: amounts, growth rates, percentages, durations and large
 * counts in running text. One pass: a regular expression jumps to the next
 * character that can start a number; everything else is local look-around.
 *
 * This file reads the number and decides what follows it; the units are read
 * in amounts.ts, durations.ts and counts.ts, percents and multiples in percents.ts.
 */
import * as amounts from './amounts';
import * as candidates from './candidates';
import * as context from './context';
import * as counts from './counts';
import * as durations from './durations';
import * as fold from './fold';
import * as made from './new-figure';
import * as numbers from './numbers';
import type { NumberRead } from './numbers';
import * as percents from './percents';
import * as period from './period';
import { Offsets } from '../match/offsets';
import type { Read } from './read-types';
import type { ParsedFigure } from './types';
import * as vocabulary from './vocabulary';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { amountUnit } = amounts;
const { figureStartsIn, mayHavePrefix, mayStartUnit, plainNumeralsEnd } = candidates;
const { currencyBefore, qualifierAfter, qualifierBefore } = context;
const { bareMagnitudeAt, countUnit, englishCountUnit, perTokensAfter, sizeUnit } = counts;
const { durationUnit } = durations;
const { foldAt, isDigitCode, isLetterCode, matchAny, matchAnyBefore, matchAt } = fold;
const { NewFigure } = made;
const { magnitudeEnd, magnitudeFactor, readArabic, readChinese, scale } = numbers;
const { multipleFigure, percentFigure } = percents;
const { attachStatedPeriod } = period;
const { MORE_MARKS, PERCENT_POINTS, PERIOD_AFTER_NUMBER } = vocabulary;

const CH_DI = 0x7b2c; // 第
const CH_BEI = 0x500d; // 倍
const WEEKDAY_WORDS = ['星期', '礼拜'];

/**
 * Never throws; results are sorted and do not overlap. `periods: false` leaves
 * each figure's stated period to the caller (`attachStatedPeriod`), who may
 * need it for few of them: finding one reads back over the sentence.
 * `starts`: every offset of `text` where a figure can start (`figureStartUnits`),
 * in order, when a reader of the text listed them already; else they are found here.
 */
export function parseFigures(
  text: string,
  { periods = true, starts }: { periods?: boolean; starts?: Offsets } = {},
): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const at = starts ?? figureStartsIn(text, ownStarts);
  const n = text.length;
  let lastEnd = 0;
  // Where the next read may start: after the last number read.
  let next = 0;
  try {
    for (let k = 0; k < at.length; k++) {
      const i = at.values[k] as number;
      if (i < next) continue;
      const plainEnd = plainNumeralsEnd(text, i);
      if (plainEnd > i) {
        next = plainEnd;
        continue;
      }
      const r = readFigureAt(text, i);
      const f = r.figure;
      if (f !== undefined && f.start >= lastEnd && f.end > f.start && f.end <= n) {
        if (periods) attachStatedPeriod(text, f);
        out.push(f);
        lastEnd = f.end;
      }
      next = Math.max(r.next, i + 1);
    }
  } catch {
    // A parser bug must not break the page: keep what was found.
  }
  return out;
}

/** Where figures may start in a text no reader listed them for (reused: parseFigures is never re-entered). */
const ownStarts = new Offsets();

/** The figure that starts at `i`, if any, and where to look next. */
export function readFigureAt(text: string, i: number): Read {
  if (matchAt(text, i, '百分之')) {
    const n = isDigitCode(foldAt(text, i + 3)) ? readArabic(text, i + 3) : readChinese(text, i + 3);
    if (n === undefined) return { next: i + 3 };
    return percentFigure(text, i, n.end, n, 1, false);
  }
  const digit = isDigitCode(foldAt(text, i));
  const n = digit ? readArabicAt(text, i) : readChinese(text, i);
  if (n === undefined) return digit ? { next: i + 1 } : bareMagnitudeAt(text, i);
  const before = foldAt(text, i - 1);
  if (before === CH_DI) return { next: n.end }; // 第三次: an ordinal
  if (n.chinese && (before === 0x5468 || matchAnyBefore(text, i, WEEKDAY_WORDS))) {
    return { next: n.end }; // 週一: a weekday
  }
  let j = n.end;
  let more = false;
  if (matchAny(text, j, MORE_MARKS) !== undefined) {
    more = true;
    j++;
  }
  let factor = 1;
  if (!n.chinese) {
    const end = magnitudeEnd(text, j);
    factor = magnitudeFactor(text, j, end);
    j = end;
  }
  if (!more && j > n.end && matchAny(text, j, MORE_MARKS) !== undefined) {
    more = true;
    j++;
  }
  // 總參數達4560億: a large number may count a noun before it, whatever follows.
  const large = n.value * factor >= 1e4 && (factor >= 1e4 || n.step >= 1e4);
  if (!mayStartUnit(foldAt(text, j)) && !mayHavePrefix(foldAt(text, i - 1)) && !large) {
    return { next: Math.max(j, n.end) };
  }
  if (matchAny(text, j, PERIOD_AFTER_NUMBER) !== undefined) return { next: j };

  if (factor === 1 && (foldAt(text, j) === 0x25 || matchAt(text, j, ' %'))) {
    return percentFigure(text, i, j + (foldAt(text, j) === 0x25 ? 1 : 2), n, 1, more);
  }
  const points = factor === 1 ? matchAny(text, j, PERCENT_POINTS) : undefined;
  if (points !== undefined) return percentFigure(text, i, j + points.length, n, 1, more, true);
  if (factor === 1 && foldAt(text, j) === CH_BEI) return multipleFigure(text, i, j + 1, n, more);

  const unit =
    amountUnit(text, i, j, n) ??
    durationUnit(text, i, j, n, factor) ??
    countUnit(text, j, n, factor) ??
    englishCountUnit(text, j, n) ??
    sizeUnit(text, i, j, n, factor);
  if (unit === undefined || unit === null) return { next: Math.max(j, n.end) };
  const prefix = unit.kind === 'amount' ? currencyBefore(text, i) : undefined;
  const start = prefix ? prefix.start : i;
  let end = unit.end;
  // A price per tokens: 0.0008元/千tokens → 0.0008元/千 (the noun is the reader's own word).
  if (unit.kind === 'amount') end = perTokensAfter(text, end);
  const qualifier =
    qualifierBefore(text, start) ??
    unit.qualifier ??
    qualifierAfter(text, unit.end) ??
    (more ? 'gt' : undefined);
  const times = factor * unit.factor;
  const figure = new NewFigure(
    start,
    end,
    unit.kind,
    scale(n.value, times),
    unit.unit,
    scale(n.step, times),
    qualifier,
    unit.to === undefined ? undefined : scale(unit.to, times),
  );
  return { figure, next: end };
}

/** An Arabic number, also glued to a currency code before it (RMB39.8 billion). */
function readArabicAt(text: string, i: number): NumberRead | undefined {
  const before = foldAt(text, i - 1);
  // Step-2萬億參數, Qwen-7B: the number ends a name.
  if (before === 0x2d && isLetterCode(foldAt(text, i - 2))) return undefined;
  const n = readArabic(text, i);
  if (n !== undefined || !isLetterCode(before)) return n;
  return currencyBefore(text, i) ? readArabic(text, i, true) : undefined;
}
