/**
 * parseFigures: amounts, growth rates, percentages, durations and large
 * counts in running text. One pass: a regular expression jumps to the next
 * character that can start a number; everything else is local look-around.
 */
import type { FigureKind, FigureUnit } from '../pack/types';
import {
  currencyBefore,
  durationCueBefore,
  growthAfter,
  growthBefore,
  qualifierAfter,
  qualifierBefore,
  signBefore,
} from './context';
import { foldAt, isDigitCode, isLetterCode, matchAny, matchAnyBefore, matchAt } from './fold';
import { readArabic, readChinese, readMagnitude, scale, type NumberRead } from './numbers';
import { mayHavePrefix, mayStartFigure, mayStartUnit, plainNumeralsEnd } from './candidates';
import { attachStatedPeriod } from './period';
import type { ParsedFigure } from './types';
import {
  COUNTERS,
  CURRENCY_CODE_SUFFIX,
  CURRENCY_SUFFIX,
  DURATION_CUE_AFTER,
  DURATION_SUFFIX,
  ENGLISH_DURATION,
  ENGLISH_MAGNITUDE,
  MORE_MARKS,
  NOT_DURATION_AFTER,
  NOT_YUAN_AFTER,
  PERCENT_POINTS,
  PERIOD_AFTER_NUMBER,
  type Qualifier,
} from './vocabulary';

const CH_DI = 0x7b2c; // 第

const DURATION_WORDS = DURATION_SUFFIX.map(([w]) => w);
const DURATION_OF = new Map(DURATION_SUFFIX.map((e) => [e[0], e]));
const WEEKDAY_WORDS = ['星期', '礼拜'];
const SUFFIX_WORDS = CURRENCY_SUFFIX.map(([w]) => w);

const CH_YUE = 0x6708; // 月

interface Read {
  figure?: ParsedFigure;
  next: number;
}

interface Unit {
  kind: FigureKind;
  unit: FigureUnit;
  factor: number;
  end: number;
  qualifier?: Qualifier;
}

/**
 * Never throws; results are sorted and do not overlap. `periods: false` leaves
 * each figure's stated period to the caller (`attachStatedPeriod`), who may
 * need it for few of them: finding one reads back over the sentence.
 */
export function parseFigures(
  text: string,
  { periods = true }: { periods?: boolean } = {},
): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let lastEnd = 0;
  try {
    const n = text.length;
    for (let i = 0; i < n;) {
      if (!mayStartFigure(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const plainEnd = plainNumeralsEnd(text, i);
      if (plainEnd > i) {
        i = plainEnd;
        continue;
      }
      const r = readFigureAt(text, i);
      const f = r.figure;
      if (f !== undefined && f.start >= lastEnd && f.end > f.start && f.end <= n) {
        if (periods) attachStatedPeriod(text, f);
        out.push(f);
        lastEnd = f.end;
      }
      i = Math.max(r.next, i + 1);
    }
  } catch {
    // A parser bug must not break the page: keep what was found.
  }
  return out;
}

/** The figure that starts at `i`, if any, and where to look next. */
export function readFigureAt(text: string, i: number): Read {
  if (matchAt(text, i, '百分之')) {
    const n = isDigitCode(foldAt(text, i + 3)) ? readArabic(text, i + 3) : readChinese(text, i + 3);
    if (n === undefined) return { next: i + 3 };
    return percentFigure(text, i, n.end, n, 1, false);
  }
  const n = isDigitCode(foldAt(text, i)) ? readArabic(text, i) : readChinese(text, i);
  if (n === undefined) return { next: i + 1 };
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
    const mag = readMagnitude(text, j);
    factor = mag.factor;
    j = mag.end;
  }
  if (!more && j > n.end && matchAny(text, j, MORE_MARKS) !== undefined) {
    more = true;
    j++;
  }
  if (!mayStartUnit(foldAt(text, j)) && !mayHavePrefix(foldAt(text, i - 1))) {
    return { next: Math.max(j, n.end) };
  }
  if (matchAny(text, j, PERIOD_AFTER_NUMBER) !== undefined) return { next: j };

  if (factor === 1 && (foldAt(text, j) === 0x25 || matchAt(text, j, ' %'))) {
    return percentFigure(text, i, j + (foldAt(text, j) === 0x25 ? 1 : 2), n, 1, more);
  }
  const points = factor === 1 ? matchAny(text, j, PERCENT_POINTS) : undefined;
  if (points !== undefined) return percentFigure(text, i, j + points.length, n, 1, more, true);

  const unit =
    amountUnit(text, i, j, n) ??
    durationUnit(text, i, j, n, factor) ??
    countUnit(text, j, n, factor);
  if (unit === undefined || unit === null) return { next: Math.max(j, n.end) };
  const prefix = unit.kind === 'amount' ? currencyBefore(text, i) : undefined;
  const start = prefix ? prefix.start : i;
  const qualifier =
    qualifierBefore(text, start) ??
    unit.qualifier ??
    qualifierAfter(text, unit.end) ??
    (more ? 'gt' : undefined);
  const figure: ParsedFigure = {
    start,
    end: unit.end,
    kind: unit.kind,
    value: scale(n.value, factor * unit.factor),
    unit: unit.unit,
    step: scale(n.step, factor * unit.factor),
  };
  if (qualifier !== undefined) figure.qualifier = qualifier;
  return { figure, next: unit.end };
}

function percentFigure(
  text: string,
  start: number,
  end: number,
  n: NumberRead,
  factor: number,
  more: boolean,
  points = false,
): Read {
  const sign = signBefore(text, start);
  const numStart = sign !== 0 ? start - 1 : start;
  let dir: number = growthBefore(text, numStart);
  let spanEnd = end;
  if (dir === 0 && !points) {
    const after = growthAfter(text, end);
    if (after !== undefined) {
      dir = after.sign;
      // Only a decline word carries the sign a reader needs to see (2%的負增長).
      if (after.sign < 0) spanEnd = after.end;
    }
  }
  if (dir === 0 && sign !== 0 && !points) dir = sign;
  const value = scale(n.value, factor) * (dir < 0 ? -1 : 1) * (sign < 0 && dir >= 0 ? -1 : 1);
  const figure: ParsedFigure = {
    start,
    end: spanEnd,
    kind: dir !== 0 && !points ? 'growth' : 'percent',
    value,
    unit: '%',
    step: n.step,
  };
  const q =
    qualifierBefore(text, numStart) ?? qualifierAfter(text, end) ?? (more ? 'gt' : undefined);
  if (q !== undefined) figure.qualifier = q;
  return { figure, next: spanEnd };
}

/** A currency after the number (or before it) — null means "a currency we do not model". */
function amountUnit(text: string, i: number, j: number, n: NumberRead): Unit | null | undefined {
  const suffix = matchAny(text, j, SUFFIX_WORDS);
  if (suffix !== undefined) {
    const unit = CURRENCY_SUFFIX.find(([w]) => w === suffix)?.[1];
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
  for (const [w, f, short] of ENGLISH_MAGNITUDE) {
    if (matchAt(text, k, w) && !isLetterCode(foldAt(text, k + w.length)) && (!short || prefix)) {
      factor = f;
      k += w.length;
      break;
    }
  }
  if (factor === 1) k = j;
  const c = foldAt(text, k) === 0x20 ? k + 1 : k;
  for (const [w, unit] of CURRENCY_CODE_SUFFIX) {
    if (matchAt(text, c, w) && !isLetterCode(foldAt(text, c + w.length))) {
      return { kind: 'amount', unit, factor, end: c + w.length };
    }
  }
  if (prefix !== undefined && !isLetterCode(foldAt(text, k))) {
    return { kind: 'amount', unit: prefix.unit, factor, end: k };
  }
  return undefined;
}

function durationUnit(
  text: string,
  i: number,
  j: number,
  n: NumberRead,
  factor: number,
): Unit | null | undefined {
  if (factor !== 1) return undefined;
  const w = matchAny(text, j, DURATION_WORDS);
  const entry = w === undefined ? undefined : DURATION_OF.get(w);
  if (w !== undefined && entry !== undefined) {
    const [, unit, f, needsCue] = entry;
    const end = j + w.length;
    if ((w === '周' || w === '年') && matchAny(text, end, NOT_DURATION_AFTER) !== undefined) {
      return null;
    }
    const cueAfter = matchAny(text, end, DURATION_CUE_AFTER) !== undefined;
    const cued = durationCueBefore(text, i) || cueAfter;
    if (needsCue && !cued) return null; // 21年, 31日: dates
    if (w === '年' && n.intDigits === 4) return null; // 2023年 is a year even after 近
    if (w === '日' && foldAt(text, i - 1) === CH_YUE) return null;
    if (w === '天' && n.chinese && n.value === 1 && !cued) return null; // 總有一天
    const more = matchAny(text, end, MORE_MARKS) !== undefined;
    return {
      kind: 'duration',
      unit,
      factor: f,
      end,
      ...(more ? { qualifier: 'gt' as const } : {}),
    };
  }
  const k = foldAt(text, j) === 0x20 ? j + 1 : j;
  if (!n.chinese && k > j) {
    for (const [w, unit] of ENGLISH_DURATION) {
      if (matchAt(text, k, w) && !isLetterCode(foldAt(text, k + w.length))) {
        return { kind: 'duration', unit, factor: 1, end: k + w.length };
      }
    }
  }
  return undefined;
}

/** Large counts only (3000家企業, 1億用戶): small ones are ordinary words (兩個方面). */
function countUnit(text: string, j: number, n: NumberRead, factor: number): Unit | undefined {
  if (n.value * factor < 100) return undefined;
  if (!n.chinese && factor === 1 && n.intDigits === 4 && n.value >= 1900 && n.value < 2100) {
    return undefined; // likely a year
  }
  const w = matchAny(text, j, COUNTERS);
  if (w === undefined) return undefined;
  return { kind: 'count', unit: '', factor: 1, end: j + w.length };
}
