/**
 * parseFigures: amounts, growth rates, percentages, durations and large
 * counts in running text. One pass: a regular expression jumps to the next
 * character that can start a number; everything else is local look-around.
 */
import type { FigureKind, FigureUnit } from '../pack/types';
import {
  currencyBefore,
  durationCueBefore,
  englishGrowthBefore,
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
  COUNT_FILLERS,
  COUNT_NOUN_BEFORE,
  COUNT_NOUNS,
  COUNTERS,
  CURRENCY_CODE_SUFFIX,
  CURRENCY_SUFFIX,
  DURATION_CUE_AFTER,
  DURATION_SUFFIX,
  ENGLISH_DURATION,
  ENGLISH_MAGNITUDE,
  FLOPS_UNITS,
  GPU_HOURS,
  LETTER_MAGNITUDE,
  MORE_MARKS,
  NOT_COUNT_AFTER,
  NOT_DURATION_AFTER,
  NOT_YEAR_COUNTERS,
  NOT_YUAN_AFTER,
  PER_TOKENS,
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
const CH_BEI = 0x500d; // 倍
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
  /** The upper end of a range (0.5B到72B), before `factor`. */
  to?: number;
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
    const mag = readMagnitude(text, j);
    factor = mag.factor;
    j = mag.end;
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
  const figure: ParsedFigure = {
    start,
    end,
    kind: unit.kind,
    value: scale(n.value, factor * unit.factor),
    unit: unit.unit,
    step: scale(n.step, factor * unit.factor),
  };
  if (unit.to !== undefined) figure.to = scale(unit.to, factor * unit.factor);
  if (qualifier !== undefined) figure.qualifier = qualifier;
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

/**
 * A size written as magnitudes alone (千億級參數, 萬億參數, 參數規模超過千億):
 * a count only with a counted noun after it or before it.
 */
function bareMagnitudeAt(text: string, i: number): Read {
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
  const figure: ParsedFigure = {
    start: i,
    end,
    kind: 'count',
    value: factor,
    unit: '',
    step: factor,
  };
  const q =
    qualifierBefore(text, i) ??
    (noun === undefined ? undefined : COUNT_NOUN_OF.get(noun)) ??
    qualifierAfter(text, end);
  if (q !== undefined) figure.qualifier = q;
  return { figure, next: end };
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

/** 增長了33倍, 按年大增逾兩倍: growth in percent (3300%, 200%), only after a growth word. */
function multipleFigure(text: string, i: number, end: number, n: NumberRead, more: boolean): Read {
  const dir = growthBefore(text, i);
  if (dir === 0) return { next: end };
  const figure: ParsedFigure = {
    start: i,
    end,
    kind: 'growth',
    value: scale(n.value, 100) * dir,
    unit: '%',
    step: scale(n.step, 100),
  };
  const q = qualifierBefore(text, i) ?? qualifierAfter(text, end) ?? (more ? 'gt' : undefined);
  if (q !== undefined) figure.qualifier = q;
  return { figure, next: end };
}

/** Chinese magnitudes (千, 百萬) or one letter one (1K, M) ending at or starting from a price's per-unit. */
function isPerMagnitude(c: number): boolean {
  return MAGNITUDE_OF[c] !== undefined || c === 0x6b || c === 0x6d || isDigitCode(c);
}

/**
 * `/千tokens` after an amount: where its magnitude ends (0.0008元/千), else
 * `end`. The tokens stay outside: they are a word of their own.
 */
function perTokensAfter(text: string, end: number): number {
  if (foldAt(text, end) !== 0x2f) return end;
  let p = end + 1;
  while (p - end < 6 && isPerMagnitude(foldAt(text, p))) p++;
  if (p === end + 1) return end;
  const q = foldAt(text, p) === 0x20 ? p + 1 : p;
  const w = matchAny(text, q, PER_TOKENS);
  return w === undefined || isLetterCode(foldAt(text, q + w.length)) ? end : p;
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
  if (dir === 0 && !points) dir = englishGrowthBefore(text, numStart); // up 34%, fell about 17%
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
    // 一年之內, 一週前, 過去十年: "a year", "a decade" — phrases, not figures.
    // (十多年, 一年多 say more than that; hours and minutes stay figures.)
    if (n.chinese && n.end === i + 1 && j === n.end && !more && unit !== 'h') {
      if (n.value === 1 || n.value === 10) return null;
    }
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
function sizeUnit(
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
    for (const [w, ff] of FLOPS_UNITS) {
      if (matchAt(text, s, w) && !isLetterCode(foldAt(text, s + w.length))) {
        return { kind: 'count', unit: '', factor: ff, end: s + w.length };
      }
    }
    const c = foldAt(text, j);
    const after = foldAt(text, j + 1);
    if (!isLetterCode(after) && !isDigitCode(after)) {
      for (const [w, ff] of LETTER_MAGNITUDE) {
        if (c === w.charCodeAt(0)) {
          f = ff;
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
