/**
 * Folding: one UTF-16 code unit → one canonical code unit, so a folded text has
 * the length of the original and offsets carry over. Traditional, Taiwan and
 * Hong Kong forms fold to Simplified (阿里雲/阿里云 → 阿里云, 爲/為 → 为,
 * 裡/裏 → 里, 着/著 → 着), full-width to half-width, Latin to lower case.
 * The pairs are generated from OpenCC's character tables by
 * scripts/gen-fold-table.mjs. They are expanded on first use into an XOR
 * table (fold(u) = u ^ xor[u]): a fresh typed array is already all zeros, so
 * only the 3 780 pairs are written, which matters at a cold page load.
 * Surrogates fold to themselves.
 */
import { FOLD_PAIRS } from './fold-table.generated';

let xorTable: Uint16Array | undefined;

/** The XOR fold table: `u ^ table[u]` is the folded unit. Built once. */
export function getFoldXor(): Uint16Array {
  if (xorTable) return xorTable;
  const out = new Uint16Array(0x10000);
  const pairs = FOLD_PAIRS;
  for (let i = 0; i < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    out[from] = from ^ pairs.charCodeAt(i + 1);
  }
  xorTable = out;
  return out;
}

/**
 * Marks every unit that folds to a marked one: `codes[from] = codes[to]`, so a
 * lookup table over folded units also answers for raw units (no fold step in
 * the scan). Folding is idempotent, so `from` units are never marked themselves.
 */
export function spreadOverVariants(codes: Uint16Array): void {
  const pairs = FOLD_PAIRS;
  for (let i = 0; i < pairs.length; i += 2) {
    const code = codes[pairs.charCodeAt(i + 1)] as number;
    if (code !== 0) codes[pairs.charCodeAt(i)] = code;
  }
}

/**
 * The same for a bit set over units (bit `u` of `bits[u >>> 5]`): sets the bit
 * of every unit that folds to a unit whose bit is set.
 */
export function markVariants(bits: Int32Array): void {
  const pairs = FOLD_PAIRS;
  for (let i = 0; i < pairs.length; i += 2) {
    const to = pairs.charCodeAt(i + 1);
    if (((bits[to >>> 5] as number) & (1 << to)) === 0) continue;
    const from = pairs.charCodeAt(i);
    bits[from >>> 5] = (bits[from >>> 5] as number) | (1 << from);
  }
}

/** The plain fold table (index: code unit, value: folded unit), for tools and tests. */
export function getFoldTable(): Uint16Array {
  const xor = getFoldXor();
  const out = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) out[u] = u ^ (xor[u] as number);
  return out;
}

/** Folds a text; the result has the same length. */
export function fold(text: string): string {
  const xor = getFoldXor();
  const n = text.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    units[i] = u ^ (xor[u] as number);
  }
  let out = '';
  // fromCharCode takes its units as arguments: keep each call well under the engine's limit.
  for (let i = 0; i < n; i += 4096)
    out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

/**
 * Whether `text` from `start` to `end` folds to `folded`: a match checked
 * against a name without a folded copy of it (a conversion asks this of
 * every name it meets on the page).
 */
export function foldsTo(text: string, start: number, end: number, folded: string): boolean {
  if (end - start !== folded.length) return false;
  const xor = getFoldXor();
  for (let i = start; i < end; i++) {
    const u = text.charCodeAt(i);
    if ((u ^ (xor[u] as number)) !== folded.charCodeAt(i - start)) return false;
  }
  return true;
}

/** Folds many texts with one pass (names and word lists, folded at every page load). */
export function foldAll(texts: readonly string[]): string[] {
  const all = fold(texts.join(''));
  const out: string[] = [];
  let at = 0;
  for (const text of texts) {
    out.push(all.slice(at, at + text.length));
    at += text.length;
  }
  return out;
}
