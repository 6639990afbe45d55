import type { DoubleArray } from './double-array';

/**
 * Cheap tests that let the scan skip most positions without walking the
 * double array:
 * - `starts`: the trie's, one bit per raw UTF-16 unit (8 KB), set when a
 *   pattern starts with it (folding included);
 * - `pairs`: one bit per pair of codes that begins a pattern (its first two
 *   units, or its only unit followed by anything), at `pairIndex(c1, c2)`:
 *   exact while the alphabet is small enough, else hashed into a fixed size
 *   (a false positive only costs the walk it would have cost).
 * With a big pack nearly every CJK unit starts some pattern but few pairs do,
 * and the step to the second unit lands anywhere in megabytes of cells.
 * Built at every page load, so plain loops with no calls in them: cold code
 * runs in the interpreter.
 */
export interface StartFilter {
  starts: Int32Array;
  pairs: Int32Array;
  /** Alphabet size: the pair key is `c1 * width + c2`. */
  width: number;
  /** Bit index of a pair key: `Math.imul(key, multiplier) >>> shift`. */
  multiplier: number;
  shift: number;
  /** So many units start a pattern that testing `starts` first costs more than it saves. */
  dense: boolean;
}

/** Above this many bits (128 KB), pairs are hashed instead of given a bit each. */
const MAX_PAIR_BITS = 1 << 20;

/**
 * From this many start units on, the scan tests only pairs (measured: the
 * seed pack has 65 start units, a 100 000-alias pack of the seed's
 * characters 704).
 */
const DENSE_STARTS = 256;

export const pairIndex = (f: StartFilter, c1: number, c2: number): number =>
  Math.imul(c1 * f.width + c2, f.multiplier) >>> f.shift;

export const hasBit = (bits: Int32Array, index: number): boolean =>
  ((bits[index >>> 5] as number) & (1 << index)) !== 0;

/** The filter of `trie`; `stored`: its pair bits, computed before (they are checked for size only). */
export function buildStartFilter(trie: DoubleArray, stored?: Int32Array): StartFilter {
  const { alphabet, cells } = trie;
  const width = alphabet.length;
  const rootBase = cells[0] as number;

  let startCodes = 0;
  for (let c = 1; c < width; c++) if (cells[rootBase + 3 * c + 1] === 1) startCodes++;

  let bits = 32;
  while (bits < width * width && bits < MAX_PAIR_BITS) bits *= 2;
  const exact = bits >= width * width;
  const multiplier = exact ? 1 : 0x9e3779b1 | 0;
  const shift = exact ? 0 : 32 - Math.log2(bits);
  const dense = startCodes >= DENSE_STARTS;
  if (stored?.length === bits >>> 5)
    return { starts: trie.starts, pairs: stored, width, multiplier, shift, dense };
  const pairs = new Int32Array(bits >>> 5);
  const slots = cells.length / 3;
  // The second units: every slot whose parent is a child of the root. Either
  // read every slot once, or, when that is more, each start's children, which
  // lie within `width` slots of its base.
  if (slots < startCodes * width)
    for (let o = 3; o < cells.length; o += 3) {
      const parent = (cells[o + 1] as number) - 1;
      if (parent <= 0 || cells[parent + 1] !== 1) continue;
      const key = ((parent - rootBase) / 3) * width + (o - (cells[parent] as number)) / 3;
      const bit = Math.imul(key, multiplier) >>> shift;
      pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << bit);
    }
  else
    for (let c1 = 1; c1 < width; c1++) {
      const node = rootBase + 3 * c1;
      if (cells[node + 1] !== 1) continue;
      const base = cells[node] as number;
      for (let c2 = 1; c2 < width; c2++)
        if (cells[base + 3 * c2 + 1] === node + 1) {
          const bit = Math.imul(c1 * width + c2, multiplier) >>> shift;
          pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << bit);
        }
    }
  // A pattern of one unit: any unit may follow (code 0: none, or one in no pattern).
  for (let c1 = 1; c1 < width; c1++) {
    const node = rootBase + 3 * c1;
    if (cells[node + 1] !== 1 || (cells[node + 2] as number) < 0) continue;
    for (let c2 = 0; c2 < width; c2++) {
      const bit = Math.imul(c1 * width + c2, multiplier) >>> shift;
      pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << bit);
    }
  }
  return {
    starts: trie.starts,
    pairs,
    width,
    multiplier,
    shift,
    dense,
  };
}
