import { spreadOverVariants } from './fold';

/**
 * A trie over folded patterns as a double array: every step is two typed-array
 * reads whatever the node's fan-out, so a 100 000-alias pack walks as fast as
 * a small one, and there are no objects per node.
 *
 * Units are first mapped to small codes: `codeOf[u]` (over raw units, folding
 * included) is 0 for units in no pattern. From slot `s`, unit code `c` leads
 * to `t = base[s] + c` if `check[t] === s + 1` (0 marks a free slot; the root
 * is slot 0). `pattern[s]` is the id of the pattern ending at `s`, or -1.
 * The arrays are padded so `base[s] + c` never reads past their end.
 */
export interface DoubleArray {
  codeOf: Uint16Array;
  /** Folded unit of each code (index 0 unused): enough to rebuild `codeOf`. */
  alphabet: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  pattern: Int32Array;
  /** Length of the longest pattern. */
  depth: number;
}

/** The slot reached from `s` by raw unit `u`, or -1. */
export function step(da: DoubleArray, s: number, u: number): number {
  const t = (da.base[s] as number) + (da.codeOf[u] as number);
  return da.check[t] === s + 1 ? t : -1;
}

/** `codeOf` for an alphabet of folded units (code = index). */
export function codesFor(alphabet: Uint16Array): Uint16Array {
  const codeOf = new Uint16Array(0x10000);
  for (let c = 1; c < alphabet.length; c++) codeOf[alphabet[c] as number] = c;
  spreadOverVariants(codeOf);
  return codeOf;
}

/** Codes by falling frequency, so the busy units pack densely. */
function alphabetOf(sorted: readonly string[]): Uint16Array {
  const counts = new Int32Array(0x10000);
  const units: number[] = [];
  for (const s of sorted)
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (counts[u] === 0) units.push(u);
      counts[u] = (counts[u] as number) + 1;
    }
  units.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  return Uint16Array.from([0, ...units]);
}

/** How many free slots to try for a node before placing it past all used ones. */
const TRIES = 32;

/**
 * Builds the double array from patterns sorted by code unit (`sortPatterns`).
 * A pattern's index in `sorted` is its id. Nodes are placed depth first; each
 * node's children go at the first base where all their slots are free,
 * found through a linked list of free slots.
 */
export function buildDoubleArray(sorted: readonly string[]): DoubleArray {
  const alphabet = alphabetOf(sorted);
  const codeOf = codesFor(alphabet);
  const width = alphabet.length;
  let chars = 0;
  let depth = 0;
  for (const s of sorted) {
    chars += s.length;
    if (s.length > depth) depth = s.length;
  }
  let size = chars + width + 2;
  let base = new Int32Array(size);
  let check = new Int32Array(size);
  let pattern = new Int32Array(size).fill(-1);
  // Doubly linked free slots (slot 0 is the root, never free); -1 ends the list.
  let nextFree = new Int32Array(size);
  let prevFree = new Int32Array(size);
  const linkFree = (from: number, to: number): void => {
    for (let t = from; t < to; t++) {
      nextFree[t] = t + 1 < to ? t + 1 : -1;
      prevFree[t] = t > from ? t - 1 : -1;
    }
  };
  linkFree(1, size);
  let firstFree = 1;
  let lastFree = size - 1;
  let used = 1;
  const grow = (need: number): void => {
    let next = size;
    while (next <= need + width) next *= 2;
    const copy = <T extends Int32Array>(a: T, fill: number): T => {
      const b = new Int32Array(next).fill(fill, a.length) as T;
      b.set(a);
      return b;
    };
    base = copy(base, 0);
    check = copy(check, 0);
    pattern = copy(pattern, -1);
    nextFree = copy(nextFree, 0);
    prevFree = copy(prevFree, 0);
    linkFree(size, next);
    prevFree[size] = lastFree;
    if (lastFree >= 0) nextFree[lastFree] = size;
    else firstFree = size;
    lastFree = next - 1;
    size = next;
  };
  const take = (t: number): void => {
    const p = prevFree[t] as number;
    const n = nextFree[t] as number;
    if (p >= 0) nextFree[p] = n;
    else firstFree = n;
    if (n >= 0) prevFree[n] = p;
    else lastFree = p;
    if (t + 1 > used) used = t + 1;
  };

  // Children of the node being placed: codes, then the ranges of `sorted`.
  const stack = new Int32Array(3 * (chars + 1));
  let top = 0;
  const fits = (b: number, from: number, to: number): boolean => {
    for (let k = from; k < to; k += 3) if (check[b + (stack[k] as number)] !== 0) return false;
    return true;
  };

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
    // First fit among a few free slots, else just past the used ones.
    let b = -1;
    for (let t = firstFree, tries = 0; t >= 0 && tries < TRIES; t = nextFree[t] as number, tries++)
      if (t - least >= 0 && t - least + width < size && fits(t - least, from, to)) {
        b = t - least;
        break;
      }
    if (b < 0) {
      b = Math.max(0, used - least);
      if (b + width >= size) grow(b + width);
    }
    base[node] = b;
    for (let k = from; k < to; k += 3) {
      const t = b + (stack[k] as number);
      check[t] = node + 1;
      take(t);
    }
    for (let k = from; k < to; k += 3)
      visit(b + (stack[k] as number), stack[k + 1] as number, stack[k + 2] as number, at + 1);
    top = from;
  };
  if (sorted.length > 0) visit(0, 0, sorted.length, 0);

  const length = used + width;
  if (length > size) grow(length);
  return {
    codeOf,
    alphabet,
    base: base.slice(0, length),
    check: check.slice(0, length),
    pattern: pattern.slice(0, length),
    depth,
  };
}

/** Sorts and deduplicates patterns for `buildDoubleArray`, dropping empty ones. */
export function sortPatterns(patterns: Iterable<string>): string[] {
  return [...new Set(patterns)].filter((p) => p.length > 0).sort();
}
