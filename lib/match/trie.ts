/**
 * A compact trie over folded patterns, in flat typed arrays (no objects per
 * node, so a 100 000-alias pack stays small and can be serialised as is).
 *
 * Node 0 is the root; its children are also indexed densely by code unit in
 * `root` so the hot loop rejects most positions with one array read. Other
 * nodes keep their children sorted by unit in `units`/`next`, from
 * `first[node]` for `count[node]` edges. `pattern[node]` is the index of the
 * pattern ending there, or -1.
 */
export interface Trie {
  root: Int32Array;
  first: Int32Array;
  count: Int32Array;
  units: Uint16Array;
  next: Int32Array;
  pattern: Int32Array;
  /** Length of the longest pattern. */
  depth: number;
}

/**
 * Builds the trie from patterns sorted by code unit (`Array.prototype.sort`
 * with no comparator), without duplicates or empty strings. A pattern's index
 * in that array is its id. Siblings are contiguous in sorted order, so the
 * trie is laid out in one pass, depth first.
 */
export function buildTrie(sorted: readonly string[]): Trie {
  let total = 1;
  let depth = 0;
  for (const s of sorted) {
    total += s.length;
    if (s.length > depth) depth = s.length;
  }
  const first = new Int32Array(total);
  const count = new Int32Array(total);
  const pattern = new Int32Array(total).fill(-1);
  const units = new Uint16Array(total);
  const next = new Int32Array(total);
  let nodes = 1;
  let edges = 0;

  const visit = (node: number, lo: number, hi: number, at: number): void => {
    if ((sorted[lo] as string).length === at) pattern[node] = lo++;
    let groups = 0;
    for (let k = lo; k < hi;) {
      const u = (sorted[k] as string).charCodeAt(at);
      k++;
      while (k < hi && (sorted[k] as string).charCodeAt(at) === u) k++;
      groups++;
    }
    const base = edges;
    first[node] = base;
    count[node] = groups;
    edges += groups;
    let g = 0;
    for (let k = lo; k < hi;) {
      const u = (sorted[k] as string).charCodeAt(at);
      let j = k + 1;
      while (j < hi && (sorted[j] as string).charCodeAt(at) === u) j++;
      const child = nodes++;
      units[base + g] = u;
      next[base + g] = child;
      g++;
      visit(child, k, j, at + 1);
      k = j;
    }
  };
  if (sorted.length > 0) visit(0, 0, sorted.length, 0);

  const root = new Int32Array(0x10000);
  for (let e = first[0] ?? 0, end = e + (count[0] ?? 0); e < end; e++)
    root[units[e] ?? 0] = next[e] ?? 0;
  return {
    root,
    first: first.subarray(0, nodes),
    count: count.subarray(0, nodes),
    units: units.subarray(0, edges),
    next: next.subarray(0, edges),
    pattern: pattern.subarray(0, nodes),
    depth,
  };
}

/** The child of `node` by folded unit `u`, or -1. */
export function childOf(trie: Trie, node: number, u: number): number {
  if (node === 0) return trie.root[u] || -1;
  const { units, next } = trie;
  let lo = trie.first[node] as number;
  let hi = lo + (trie.count[node] as number);
  // Most nodes have one or two children: scan; binary search otherwise.
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (units[lo] === u) return next[lo] as number;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = units[mid] as number;
    if (m === u) return next[mid] as number;
    if (m < u) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Sorts and deduplicates patterns for `buildTrie`, dropping empty ones. */
export function sortPatterns(patterns: Iterable<string>): string[] {
  const sorted = [...new Set(patterns)].filter((p) => p.length > 0).sort();
  return sorted;
}
