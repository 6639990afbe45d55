/**
 * Reading numbers: Arabic (separators, decimals, full-width), Chinese numerals
 * (十二, 三千五百, 二〇二三) and magnitude suffixes (243億, 1.5萬億, 3千萬).
 * Every reader works on the raw text through `foldAt`, so offsets stay exact.
 */
import { unitTableOnFirstUse } from '../match/unit-table';
import * as fold from './fold';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { foldAt, isDigitCode, isLetterCode } = fold;

export interface NumberRead {
  value: number;
  /** Exclusive end offset. */
  end: number;
  /** Place value of the last digit shown (243億 → 1e8, 19.4 → 0.1). */
  step: number;
  /** Written with Chinese numerals only. */
  chinese: boolean;
  /** Integer digits as written (Arabic only), e.g. 4 for "2023". */
  intDigits: number;
}

const DIGITS: Record<number, number> = {
  0x96f6: 0, // 零
  0x3007: 0, // 〇
  0x4e00: 1, // 一
  0x4e8c: 2, // 二
  0x4e24: 2, // 两
  0x4e09: 3, // 三
  0x56db: 4, // 四
  0x4e94: 5, // 五
  0x516d: 6, // 六
  0x4e03: 7, // 七
  0x516b: 8, // 八
  0x4e5d: 9, // 九
};
const SMALL_UNITS = [0x5341, 0x767e, 0x5343]; // 十百千
const BIG_UNITS = [0x4e07, 0x4ebf, 0x5146]; // 万亿兆
const SMALL = [10, 100, 1000];
const BIG = [1e4, 1e8, 1e12];

// What each (folded) code unit is as a numeral, in one table: the parser asks of
// every candidate character. 0: none; 1–10: the digit plus one; 11–13: 十百千; 14–16: 万亿兆.
// Built on first use: a page without Chinese text never reads a numeral.
const numerals = unitTableOnFirstUse((table) => {
  for (const [c, d] of Object.entries(DIGITS)) table[Number(c)] = d + 1;
  SMALL_UNITS.forEach((c, k) => (table[c] = 11 + k));
  BIG_UNITS.forEach((c, k) => (table[c] = 14 + k));
});

/** The table's entry for `c` (a folded code unit, or -1 outside the text). */
function numeralOf(c: number): number {
  return c >= 0 ? (numerals()[c] as number) : 0;
}

export function chineseDigit(c: number): number | undefined {
  const k = numeralOf(c);
  return k >= 1 && k <= 10 ? k - 1 : undefined;
}

/** Any character `readChinese` reads (folded): a digit, 十百千 or 万亿兆. */
export function isChineseNumeral(c: number): boolean {
  return numeralOf(c) !== 0;
}

/** 十百千 as 10, 100, 1000, else undefined. */
function smallOf(c: number): number | undefined {
  const k = numeralOf(c);
  return k >= 11 && k <= 13 ? SMALL[k - 11] : undefined;
}

/** 万亿兆 as 1e4, 1e8, 1e12, else undefined. */
function bigOf(c: number): number | undefined {
  const k = numeralOf(c);
  return k >= 14 ? BIG[k - 14] : undefined;
}

function magnitudeOf(c: number): number | undefined {
  return smallOf(c) ?? bigOf(c);
}

/**
 * An Arabic number at `i`: 1,234 / 1，234 / 19.4 / ０．５. Undefined when it is
 * glued to a letter, digit or dot on the left (GPT3.5, v2), or is a dotted
 * version (3.5.1).
 */
export function readArabic(text: string, i: number, afterLetter = false): NumberRead | undefined {
  const before = foldAt(text, i - 1);
  const glued = isLetterCode(before) && !afterLetter;
  if (isDigitCode(before) || glued || before === 0x2e || before === 0x5f) {
    return undefined;
  }
  // The digits are read as one integer (`shown`), the decimal point placed at the end.
  let j = i;
  let shown = 0;
  let intDigits = 0;
  for (let c = foldAt(text, j); isDigitCode(c); c = foldAt(text, ++j)) {
    shown = shown * 10 + (c - 0x30);
    intDigits++;
  }
  if (intDigits === 0) return undefined;
  // Thousands separators: 1-3 leading digits, then groups of exactly three.
  if (intDigits <= 3) {
    while (foldAt(text, j) === 0x2c) {
      let k = j + 1;
      let group = 0;
      for (let c = foldAt(text, k); isDigitCode(c) && k - j - 1 < 4; c = foldAt(text, ++k)) {
        group = group * 10 + (c - 0x30);
      }
      if (k - j - 1 !== 3) break;
      shown = shown * 1000 + group;
      intDigits += 3;
      j = k;
    }
  }
  let step = 1;
  let fracDigits = 0;
  if (foldAt(text, j) === 0x2e && isDigitCode(foldAt(text, j + 1))) {
    let k = j + 1;
    for (let c = foldAt(text, k); isDigitCode(c); c = foldAt(text, ++k)) {
      shown = shown * 10 + (c - 0x30);
      fracDigits++;
    }
    // 3.5.1 is a version, not a number.
    if (foldAt(text, k) === 0x2e && isDigitCode(foldAt(text, k + 1))) return undefined;
    step = Math.pow(10, -fracDigits);
    j = k;
  }
  return { value: valueOf(text, i, j, shown, fracDigits), end: j, step, chinese: false, intDigits };
}

/** Powers of ten that doubles hold exactly. */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The value of the number in [i, j) whose digits make the integer `shown`,
 * `fracDigits` of them after the point. Under 1e15 `shown` is exact and one
 * division rounds as Number() would; longer numbers are read as text.
 */
function valueOf(text: string, i: number, j: number, shown: number, fracDigits: number): number {
  const scale = POWERS_OF_TEN[fracDigits];
  if (shown < 1e15 && scale !== undefined) return shown / scale;
  let digits = '';
  for (let k = i; k < j; k++) {
    const c = foldAt(text, k);
    if (c !== 0x2c) digits += String.fromCharCode(c);
  }
  return Number(digits);
}

/**
 * A run of Chinese numerals at `i`. It must start with a digit or 十 (百度,
 * 千萬, 萬一 are words, not numbers). Digit-only runs of two or more are read
 * digit by digit (二〇二三 → 2023).
 */
export function readChinese(text: string, i: number): NumberRead | undefined {
  const first = foldAt(text, i);
  if (chineseDigit(first) === undefined && first !== 0x5341) return undefined;
  let total = 0;
  let maxBig = 0;
  let sec = 0;
  let n = -1;
  let j = i;
  let plain = '';
  let onlyDigits = true;
  let step = 1;
  for (;;) {
    const c = foldAt(text, j);
    const d = chineseDigit(c);
    if (d !== undefined) {
      // Two digits in a row outside a digit-only run end the number (一一 is rare).
      if (n > 0 && !onlyDigits) break;
      n = d;
      plain += String(d);
      j++;
      continue;
    }
    const small = smallOf(c);
    if (small !== undefined) {
      onlyDigits = false;
      sec += (n < 0 || (n === 0 && sec === 0) ? 1 : n) * small;
      n = -1;
      j++;
      continue;
    }
    const big = bigOf(c);
    if (big !== undefined) {
      // 一〇〇億: a digit-by-digit run before a magnitude.
      sec = onlyDigits ? Number(plain) : sec + Math.max(n, 0);
      onlyDigits = false;
      if (sec === 0 && total === 0) break;
      if (big >= maxBig) {
        total = (total + sec) * big;
        maxBig = big;
      } else total += sec * big;
      step = big;
      sec = 0;
      n = -1;
      j++;
      continue;
    }
    break;
  }
  if (j === i) return undefined;
  if (onlyDigits) {
    return { value: Number(plain), end: j, step: 1, chinese: true, intDigits: 0 };
  }
  if (sec > 0 || n > 0) step = 1;
  return { value: total + sec + Math.max(n, 0), end: j, step, chinese: true, intDigits: 0 };
}

/**
 * Magnitude characters after an Arabic number (243億, 3千萬, 1.5萬億): each
 * multiplies. Where they end (`i` when there are none); their factor is
 * `magnitudeFactor` of the same stretch. Two small reads, not an object per
 * number: the parser reads one at most numbers of a page.
 */
export function magnitudeEnd(text: string, i: number): number {
  let j = i;
  let m = magnitudeOf(foldAt(text, j));
  while (m !== undefined && m !== 10) m = magnitudeOf(foldAt(text, ++j));
  return j;
}

/** The factor of the magnitude characters in [i, end) (see `magnitudeEnd`): 1 for none. */
export function magnitudeFactor(text: string, i: number, end: number): number {
  let factor = 1;
  for (let j = i; j < end; j++) factor *= magnitudeOf(foldAt(text, j))!;
  return factor;
}

/** Multiplies without binary noise: 2.43 × 1e10 → 24300000000, 10 × 1/60 → 0.166667. */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const r = value * factor;
  return Math.abs(r) >= 1e6 ? Math.round(r) : Math.round(r * 1e6) / 1e6;
}
