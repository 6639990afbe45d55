/**
 * Cheap tests that let the scan skip most positions without walking the
 * double array:
 * - `starts`: the trie's, one bit per raw UTF-16 unit (8 KB), set when a
 *   pattern starts with it (folding included);
 * - `pairs`: two bits per pair of codes, at `2 * pairIndex(c1, c2)`: the
 *   first set when the pair begins a pattern (its first two units, or its
 *   only unit followed by anything), the second when a pattern ends there
 *   (one of one or two units). Exact while the alphabet is small enough, else
 *   folded into a fixed size (a false positive only costs the walk it would
 *   have cost);
 * - for dense packs only, `triples`: one bit per triple of codes that begins
 *   a pattern of three units or more, hashed (`tripleIndex`).
 * With a big pack nearly every CJK unit starts some pattern and one position
 * in five begins a pair of some pattern, but few of those pairs end one or
 * go on with the next unit: the second pair bit and `triples` spare most
 * walks, each of which would land anywhere in megabytes of cells.
 * Built at every page load, so plain loops with no calls in them: cold code
 * runs in the interpreter.
 */
import type { DoubleArray } from './double-array';

export interface StartFilter {
  starts: Int32Array;
  pairs: Int32Array;
  /** Alphabet size: a pair's index is `(c1 * width + c2) & mask`. */
  width: number;
  mask: number;
  /** So many units start a pattern that testing `starts` first costs more than it saves. */
  dense: boolean;
  /** Empty unless dense. */
  triples: Int32Array;
  tripleMask: number;
}

/** Above this many pairs (256 KB of bits), pairs share bits instead of having their own. */
const MAX_PAIRS = 1 << 20;
/** Triples get about 8 bits each, up to this many (256 KB). */
const MAX_TRIPLE_BITS = 1 << 21;

/**
 * From this many start units on, the scan tests only pairs (measured: the
 * seed pack had 65 start units, the industry pack ~260, a 100 000-alias pack
 * of the seed's characters 704).
 */
const DENSE_STARTS = 512;

export const pairIndex = (f: StartFilter, c1: number, c2: number): number =>
  (c1 * f.width + c2) & f.mask;

export const tripleIndex = (f: StartFilter, c1: number, c2: number, c3: number): number =>
  (Math.imul(c1 * f.width + c2, f.width) + c3) & f.tripleMask;

export const hasBit = (bits: Int32Array, index: number): boolean =>
  ((bits[index >>> 5] as number) & (1 << index)) !== 0;

const setBit = (bits: Int32Array, index: number): void => {
  bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << index);
};

/**
 * The filter of `trie`; `dense`: whether to build it for the dense scan (by
 * default, when many units start a pattern).
 */
export function buildStartFilter(trie: DoubleArray, dense?: boolean): StartFilter {
  const { alphabet, cells } = trie;
  const width = alphabet.length;
  const rootBase = cells[0] as number;

  let startCodes = 0;
  for (let c = 1; c < width; c++) if (cells[rootBase + 3 * c + 1] === 1) startCodes++;
  dense ??= startCodes >= DENSE_STARTS;
  let size = 16;
  while (size < width * width && size < MAX_PAIRS) size *= 2;
  const mask = size - 1;
  const pairs = buildPairs(trie, startCodes, mask);
  const filter = { starts: trie.starts, pairs, width, mask, dense };
  return {
    ...filter,
    ...(dense ? buildTriples(trie) : { triples: new Int32Array(0), tripleMask: 0 }),
  };
}

/** The pair bits: whether a pattern starts with two units, and whether one ends there. */
function buildPairs(trie: DoubleArray, startCodes: number, mask: number): Int32Array {
  const { alphabet, cells } = trie;
  const width = alphabet.length;
  const rootBase = cells[0] as number;
  const pairs = new Int32Array((mask + 1) >>> 4);
  const slots = cells.length / 3;
  // The second units: every slot whose parent is a child of the root. Either
  // read every slot once, or, when that is more, each start's children, which
  // lie within `width` slots of its base.
  if (slots < startCodes * width)
    for (let o = 3; o < cells.length; o += 3) {
      const parent = (cells[o + 1] as number) - 1;
      if (parent <= 0 || cells[parent + 1] !== 1) continue;
      const key = ((parent - rootBase) / 3) * width + (o - (cells[parent] as number)) / 3;
      setBit(pairs, 2 * (key & mask));
      if ((cells[o + 2] as number) >= 0) setBit(pairs, 2 * (key & mask) + 1);
    }
  else
    for (let c1 = 1; c1 < width; c1++) {
      const node = rootBase + 3 * c1;
      if (cells[node + 1] !== 1) continue;
      const base = cells[node] as number;
      for (let c2 = 1; c2 < width; c2++)
        if (cells[base + 3 * c2 + 1] === node + 1) {
          const key = (c1 * width + c2) & mask;
          setBit(pairs, 2 * key);
          if ((cells[base + 3 * c2 + 2] as number) >= 0) setBit(pairs, 2 * key + 1);
        }
    }
  // A pattern of one unit: any unit may follow (code 0: none, or one in no pattern).
  for (let c1 = 1; c1 < width; c1++) {
    const node = rootBase + 3 * c1;
    if (cells[node + 1] !== 1 || (cells[node + 2] as number) < 0) continue;
    for (let c2 = 0; c2 < width; c2++) {
      const key = (c1 * width + c2) & mask;
      setBit(pairs, 2 * key);
      setBit(pairs, 2 * key + 1);
    }
  }
  return pairs;
}

/**
 * The triples: every slot whose grandparent is a child of the root, its
 * codes read off its offset less its parent's base, and so on up.
 */
function buildTriples(trie: DoubleArray): { triples: Int32Array; tripleMask: number } {
  const { cells, alphabet } = trie;
  const width = alphabet.length;
  const rootBase = cells[0] as number;
  const isThird = (o: number): boolean => {
    const parent = (cells[o + 1] as number) - 1;
    if (parent <= 0) return false;
    const grandparent = (cells[parent + 1] as number) - 1;
    return grandparent > 0 && cells[grandparent + 1] === 1;
  };
  let count = 0;
  for (let o = 3; o < cells.length; o += 3) if (isThird(o)) count++;
  let bits = 1024;
  while (bits < 8 * count && bits < MAX_TRIPLE_BITS) bits *= 2;
  const tripleMask = bits - 1;
  const triples = new Int32Array(bits >>> 5);
  for (let o = 3; o < cells.length; o += 3) {
    if (!isThird(o)) continue;
    const parent = (cells[o + 1] as number) - 1;
    const grandparent = (cells[parent + 1] as number) - 1;
    const c3 = (o - (cells[parent] as number)) / 3;
    const c2 = (parent - (cells[grandparent] as number)) / 3;
    const c1 = (grandparent - rootBase) / 3;
    setBit(triples, (Math.imul(c1 * width + c2, width) + c3) & tripleMask);
  }
  return { triples, tripleMask };
}
