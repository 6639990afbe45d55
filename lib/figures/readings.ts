/**
 * The values a parsed figure may be in the packs: each pack figure's own value
 * and the values it was compared with ("readings"), indexed by kind and unit
 * and sorted by value, so the readings that agree with a parsed figure are
 * found by a binary search, not by trying every figure of its kind (a growth
 * rate would try ~90 in the built-in pack, for every figure of every page).
 */
import type { Figure, Pack } from '../pack/types';
import type { ParsedFigure } from './types';

/** A value a pack figure can be read as: its own (`comparison` -1) or one it was compared with. */
export interface Reading {
  figure: Figure;
  value: number;
  comparison: number;
}

/** The readings of one kind and unit, in the packs' order, and their values sorted. */
interface ReadingList {
  readings: Reading[];
  /** The readings' values, ascending. */
  values: Float64Array;
  /** For each entry of `values`, the index of its reading. */
  order: Int32Array;
}

/** The shown step: the parser's, or inferred from the decimals of the value. */
export function stepOf(p: ParsedFigure): number {
  if (p.step !== undefined && p.step > 0) return p.step;
  const frac = String(Math.abs(p.value)).split('.')[1];
  return frac === undefined ? 1 : Math.pow(10, -frac.length);
}

/** Whether `value` is what `p` shows, within the rounding of its digits. */
function agrees(p: ParsedFigure, step: number, value: number): boolean {
  return Math.abs(p.value - value) <= step / 2 + Math.abs(value) * 1e-9;
}

/** Each pack list's readings by kind, then unit; per figure, its own value first. */
const READINGS = new WeakMap<readonly Pack[], Map<string, Map<string, ReadingList>>>();

function indexReadings(packs: readonly Pack[]): Map<string, Map<string, ReadingList>> {
  const byKind = new Map<string, Map<string, Reading[]>>();
  const put = (kind: string, unit: string, reading: Reading) => {
    let byUnit = byKind.get(kind);
    if (byUnit === undefined) byKind.set(kind, (byUnit = new Map<string, Reading[]>()));
    const list = byUnit.get(unit);
    if (list === undefined) byUnit.set(unit, [reading]);
    else list.push(reading);
  };
  for (const pack of packs) {
    for (const figure of pack.figures) {
      put(figure.kind, figure.unit, { figure, value: figure.value, comparison: -1 });
      (figure.comparedWith ?? []).forEach((c, k) =>
        put(figure.kind, c.unit, { figure, value: c.value, comparison: k }),
      );
    }
  }
  const out = new Map<string, Map<string, ReadingList>>();
  for (const [kind, byUnit] of byKind) {
    const lists = new Map<string, ReadingList>();
    for (const [unit, readings] of byUnit) {
      const order = Int32Array.from(readings.keys()).sort(
        (a, b) => (readings[a] as Reading).value - (readings[b] as Reading).value,
      );
      const values = Float64Array.from(order, (k) => (readings[k] as Reading).value);
      lists.set(unit, { readings, values, order });
    }
    out.set(kind, lists);
  }
  return out;
}

/** The first index of `values` (ascending) whose value is not below `x`. */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NONE: readonly Reading[] = [];

/** The readings of `parsed`'s kind and unit in `packs`, if any. */
function readingListOf(parsed: ParsedFigure, packs: readonly Pack[]): ReadingList | undefined {
  let index = READINGS.get(packs);
  if (index === undefined) READINGS.set(packs, (index = indexReadings(packs)));
  return index.get(parsed.kind)?.get(parsed.unit);
}

/**
 * The first index of `list` from `from` on whose value agrees with `parsed`, or -1 once
 * past any that could (from its first candidate when `from` is left out). `step` is
 * `stepOf(parsed)`, worked out once by the caller (it may read the value's digits). The
 * window is wider than any agreeing value's distance (its 1e-9 share is below 1e-8 of
 * |value| + step). Asked of most figures a page holds: it makes no object.
 */
function nextAgreeing(list: ReadingList, parsed: ParsedFigure, step: number, from = -1): number {
  const { values } = list;
  const reach = step / 2 + (Math.abs(parsed.value) + step) * 1e-8;
  const last = parsed.value + reach;
  for (let k = from < 0 ? lowerBound(values, parsed.value - reach) : from; k < values.length; k++) {
    const value = values[k] as number;
    if (value > last) break;
    if (agrees(parsed, step, value)) return k;
  }
  return -1;
}

/** Whether some reading of `packs` agrees with `parsed` (see `agreeingReadings`). */
export function hasAgreeingReading(parsed: ParsedFigure, packs: readonly Pack[]): boolean {
  const list = readingListOf(parsed, packs);
  return list !== undefined && nextAgreeing(list, parsed, stepOf(parsed)) >= 0;
}

/**
 * The readings of `packs` whose kind and unit are `parsed`'s and whose value
 * it shows, in the packs' order (each figure's own value before its
 * comparisons).
 */
export function agreeingReadings(parsed: ParsedFigure, packs: readonly Pack[]): readonly Reading[] {
  const list = readingListOf(parsed, packs);
  if (list === undefined) return NONE;
  const { readings, order } = list;
  // Reading indices in the packs' order: few agree, so each is inserted in place.
  const found: number[] = [];
  const step = stepOf(parsed);
  for (
    let k = nextAgreeing(list, parsed, step);
    k >= 0;
    k = nextAgreeing(list, parsed, step, k + 1)
  ) {
    const at = order[k] as number;
    let p = found.length;
    while (p > 0 && (found[p - 1] as number) > at) {
      found[p] = found[p - 1] as number;
      p--;
    }
    found[p] = at;
  }
  return found.length === 0 ? NONE : found.map((k) => readings[k] as Reading);
}
