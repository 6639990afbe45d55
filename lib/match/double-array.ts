/**
 * A trie over folded patterns as a double array: every step is a few reads
 * from one typed array whatever the node's fan-out, so a 100 000-alias pack
 * walks as fast as a small one, and there are no objects per node.
 *
 * Units are first mapped to small codes: `codeOf[u]` (over raw units, folding
 * included) is 0 for units in no pattern. Each slot is three cells side by
 * side (one cache line for a step): base, check, pattern. A node is named by
 * the offset of its first cell; the root is 0. From node `s`, code `c` leads
 * to `t = cells[s] + 3 * c` if `cells[t + 1] === s + 1` (0 marks a free
 * slot); `cells[s + 2]` is the id of the pattern ending at `s`, or -1.
 * The cells are padded so no step reads past their end.
 */
import { markVariants, spreadOverVariants } from './fold';

export interface DoubleArray {
  codeOf: Uint16Array;
  /** Folded unit of each code (index 0 unused): enough to rebuild `codeOf`. */
  alphabet: Uint16Array;
  cells: Int32Array;
  /** Length of the longest pattern. */
  depth: number;
  /**
   * One bit per raw unit, bit `u & 31` of `starts[u >>> 5]`: some pattern
   * starts with `u` (folding included). Lets a scan skip a unit with one read.
   */
  starts: Int32Array;
}

/** The node reached from `s` by raw unit `u`, or -1. */
export function step(da: DoubleArray, s: number, u: number): number {
  const t = (da.cells[s] as number) + 3 * (da.codeOf[u] as number);
  return da.cells[t + 1] === s + 1 ? t : -1;
}

/** The id of the pattern that ends at node `s`, or -1. */
export const patternAt = (da: DoubleArray, s: number): number => da.cells[s + 2] as number;

/**
 * `starts` of a double array: the units of the root's children, then the
 * units that fold to them: from `variants` (unit, code pairs, as precompiled)
 * when given, else from the fold table.
 */
export function startsOf(
  alphabet: ArrayLike<number>,
  cells: Int32Array,
  variants?: readonly number[],
): Int32Array {
  const starts = new Int32Array(0x10000 >>> 5);
  const rootBase = cells[0] as number;
  for (let c = 1; c < alphabet.length; c++)
    if (cells[rootBase + 3 * c + 1] === 1) {
      const u = alphabet[c] as number;
      starts[u >>> 5] = (starts[u >>> 5] as number) | (1 << u);
    }
  if (!variants) markVariants(starts);
  else
    for (let i = 0; i < variants.length; i += 2)
      if (cells[rootBase + 3 * (variants[i + 1] as number) + 1] === 1) {
        const u = variants[i] as number;
        starts[u >>> 5] = (starts[u >>> 5] as number) | (1 << u);
      }
  return starts;
}

/** How many slots past the first free one to try for a node before placing it past all used ones. */
const SCAN = 256;

/**
 * Builds the double array from patterns sorted by code unit (`sortPatterns`).
 * A pattern's index in `sorted` is its id. Units get codes in order of first
 * appearance. Nodes are placed depth first; a node's children go at the first
 * base, within a short scan from the lowest free slot, where all their slots
 * are free, else just past the used slots. Plain loops, few calls: this runs
 * cold at every page load.
 */
export function buildDoubleArray(sorted: readonly string[]): DoubleArray {
  const folded = new Uint16Array(0x10000);
  const units: number[] = [0];
  let chars = 0;
  let depth = 0;
  for (const s of sorted) {
    chars += s.length;
    if (s.length > depth) depth = s.length;
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (folded[u] === 0) folded[u] = units.push(u) - 1;
    }
  }
  const alphabet = Uint16Array.from(units);
  const codeOf = folded;
  spreadOverVariants(codeOf);
  const width = alphabet.length;

  let size = chars + 2 * width + 2;
  let base = new Int32Array(size);
  let check = new Int32Array(size);
  let pattern = new Int32Array(size).fill(-1);
  const grow = (need: number): void => {
    while (size <= need) size *= 2;
    const b = new Int32Array(size);
    b.set(base);
    base = b;
    const c = new Int32Array(size);
    c.set(check);
    check = c;
    const p = new Int32Array(size).fill(-1);
    p.set(pattern);
    pattern = p;
  };
  /** The lowest slot that may be free (slot 0 is the root), and one past the highest used. */
  let firstFree = 1;
  let used = 1;
  // Children of the nodes on the current path: code, then the range of `sorted`.
  const stack = new Int32Array(3 * (chars + 1));
  let top = 0;

  const visit = (node: number, lo: number, hi: number, at: number): void => {
    if ((sorted[lo] as string).length === at) pattern[node] = lo++;
    if (lo === hi) return;
    const from = top;
    let least = width;
    for (let k = lo; k < hi;) {
      const u = (sorted[k] as string).charCodeAt(at);
      let j = k + 1;
      while (j < hi && (sorted[j] as string).charCodeAt(at) === u) j++;
      const c = codeOf[u] as number;
      if (c < least) least = c;
      stack[top++] = c;
      stack[top++] = k;
      stack[top++] = j;
      k = j;
    }
    const to = top;
    while (check[firstFree] !== 0) firstFree++;
    let b = -1;
    for (let t = Math.max(firstFree, least), end = Math.min(t + SCAN, used); t < end; t++) {
      if (check[t] !== 0) continue;
      let k = from;
      while (k < to && check[t - least + (stack[k] as number)] === 0) k += 3;
      if (k === to) {
        b = t - least;
        break;
      }
    }
    if (b < 0) b = Math.max(0, Math.max(used, firstFree) - least);
    if (b + width >= size) grow(b + 2 * width);
    base[node] = b;
    for (let k = from; k < to; k += 3) {
      const t = b + (stack[k] as number);
      check[t] = node + 1;
      if (t >= used) used = t + 1;
    }
    for (let k = from; k < to; k += 3)
      visit(b + (stack[k] as number), stack[k + 1] as number, stack[k + 2] as number, at + 1);
    top = from;
  };
  if (sorted.length > 0) visit(0, 0, sorted.length, 0);

  const slots = used + width;
  const cells = new Int32Array(3 * slots);
  for (let t = 0; t < slots && t < size; t++) {
    const parent = check[t] as number;
    cells[3 * t] = 3 * (base[t] as number);
    cells[3 * t + 1] = parent === 0 ? 0 : 3 * (parent - 1) + 1;
    cells[3 * t + 2] = pattern[t] as number;
  }
  for (let t = size; t < slots; t++) cells[3 * t + 2] = -1;
  return { codeOf, alphabet, cells, depth, starts: startsOf(alphabet, cells) };
}

/** Sorts and deduplicates patterns for `buildDoubleArray`, dropping empty ones. */
export function sortPatterns(patterns: Iterable<string>): string[] {
  return [...new Set(patterns)].filter((p) => p.length > 0).sort();
}
