/**
 * The figures parser reads text through the one fold of the project
 * (`lib/match/fold`, generated from OpenCC's tables): one UTF-16 code unit
 * in, one out, so offsets into folded comparisons are offsets into the page
 * text. Traditional, Taiwan and Hong Kong forms fold to Simplified, full-width
 * to half-width, Latin to lower case; every word in `vocabulary.ts` is written
 * in that folded form.
 */
import { getFoldXor } from '../match/fold';

// Built on first use, not when the content script loads: most pages never read a figure.
let xor: Uint16Array | undefined;

/** Folds one code unit (never changes the number of code units). */
function foldCode(c: number): number {
  const folded = c ^ ((xor ??= getFoldXor())[c] as number);
  // Signs and currency marks the shared fold leaves alone but numbers need.
  if (folded === 0xffe5) return 0xa5; // ￥ → ¥
  if (folded === 0x2212 || folded === 0x2013) return 0x2d; // − and – → -
  return folded;
}

/** The folded code unit at `i`, or -1 outside the text. */
export function foldAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? foldCode(text.charCodeAt(i)) : -1;
}

/** Does `word` (already folded) occur in `text` at `i`? */
export function matchAt(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (foldCode(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

interface WordIndex {
  byFirst: Map<number, string[]>;
  byLast: Map<number, string[]>;
  /** Bit `u & 31` set for each first (last) unit `u`: most look-ups find no word, and stop here. */
  firstBits: number;
  lastBits: number;
}

// Word lists are module constants: index each once by its first and last
// character so a look-up tries only the words that can match. The index is
// kept on the list itself under a symbol: a property read, where a WeakMap
// look-up cost more than the words it spared (the parser asks at every number).
const INDEX = Symbol('word index');
type IndexedWords = readonly string[] & { [INDEX]?: WordIndex };

function indexOf(words: readonly string[]): WordIndex {
  const list = words as IndexedWords;
  return list[INDEX] ?? buildIndex(list);
}

function buildIndex(words: IndexedWords): WordIndex {
  const idx: WordIndex = { byFirst: new Map(), byLast: new Map(), firstBits: 0, lastBits: 0 };
  for (const w of words) {
    const f = w.charCodeAt(0);
    const l = w.charCodeAt(w.length - 1);
    idx.byFirst.set(f, [...(idx.byFirst.get(f) ?? []), w]);
    idx.byLast.set(l, [...(idx.byLast.get(l) ?? []), w]);
    idx.firstBits |= 1 << f;
    idx.lastBits |= 1 << l;
  }
  // Not enumerable: the list reads as before everywhere else (spread, JSON, equality).
  if (Object.isExtensible(words)) Object.defineProperty(words, INDEX, { value: idx });
  return idx;
}

/** The first of `words` found at `i` (list longer words first), or undefined. */
export function matchAny(text: string, i: number, words: readonly string[]): string | undefined {
  const idx = indexOf(words);
  const c = foldAt(text, i);
  if (((idx.firstBits >>> c) & 1) === 0) return undefined;
  const list = idx.byFirst.get(c);
  // Indexed: a `for…of` makes an iterator per call until the engine optimises it.
  if (list !== undefined)
    for (let k = 0; k < list.length; k++) if (matchAt(text, i, list[k] as string)) return list[k];
  return undefined;
}

/** The first of `words` that ends exactly at `end`, or undefined. */
export function matchAnyBefore(
  text: string,
  end: number,
  words: readonly string[],
): string | undefined {
  const idx = indexOf(words);
  const c = foldAt(text, end - 1);
  if (((idx.lastBits >>> c) & 1) === 0) return undefined;
  const list = idx.byLast.get(c);
  if (list !== undefined)
    for (let k = 0; k < list.length; k++) {
      const w = list[k] as string;
      if (matchAt(text, end - w.length, w)) return w;
    }
  return undefined;
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Latin letter after folding (a-z only, since folding lowers case). */
export function isLetterCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
