import { Trie } from 'opencc-js/core';

/** A serialized opencc-js dictionary ("from to|…") or a list of pairs. */
export type Dict = string | readonly (readonly [string, string])[];

/** Lets the page run between chunks of a long build (see yieldToPage). */
export type Pause = () => Promise<void>;

export interface BuildOptions {
  pause?: Pause;
  /** Work between pauses, in ms. */
  budgetMs?: number;
}

/**
 * Builds a trie from dictionaries, earlier ones winning (as in opencc-js's
 * dictionary groups). STPhrases alone takes 100–250 ms to load, so with a
 * `pause` the work is cut into chunks of `budgetMs` to keep tasks short.
 */
export async function buildTrie(
  dicts: readonly Dict[],
  { pause, budgetMs = 10 }: BuildOptions = {},
): Promise<Trie> {
  const trie = new Trie();
  let sliceStart = performance.now();
  let count = 0;
  // Later dictionaries first, so earlier ones overwrite their entries.
  for (const dict of [...dicts].reverse()) {
    const pairs = typeof dict === 'string' ? dict.split('|') : dict;
    for (const entry of pairs) {
      if (typeof entry === 'string') {
        const space = entry.indexOf(' ');
        // A serialized entry may list alternatives: the first one is used.
        const rest = entry.slice(space + 1);
        const alt = rest.indexOf(' ');
        trie.addWord(entry.slice(0, space), alt < 0 ? rest : rest.slice(0, alt));
      } else {
        trie.addWord(entry[0], entry[1]);
      }
      count += 1;
      if (pause && (count & 255) === 0 && performance.now() - sliceStart > budgetMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }
  return trie;
}

export interface Pipeline {
  /** Applied to the whole text first (compatibility ideographs). */
  normalize: Trie;
  /** Longest-match segmentation, as OpenCC's "mmseg". */
  segmenter: Trie;
  /**
   * First stage for one segment. `phrase` is the segmenter's value when the
   * segment is one of its phrases, else undefined (a run of unmatched text).
   */
  first: (segment: string, phrase: string | undefined) => string;
  /** Later stages, each applied to each segment separately. */
  later: readonly Trie[];
}

/**
 * Converts as opencc-js's segmented converters do: segment the text, then run
 * every stage on each segment, so a later stage cannot match across segments.
 */
export function runPipeline(p: Pipeline, input: string): string {
  const text = p.normalize.convert(input);
  const n = text.length;
  let out = '';
  let runStart = -1;
  const emit = (segment: string, phrase: string | undefined) => {
    let s = p.first(segment, phrase);
    for (const stage of p.later) s = stage.convert(s);
    out += s;
  };
  for (let i = 0; i < n;) {
    const match = p.segmenter.matchPrefix(text, i);
    if (match) {
      if (runStart >= 0) emit(text.slice(runStart, i), undefined);
      runStart = -1;
      emit(text.slice(i, match.end), match.value);
      i = match.end;
    } else {
      if (runStart < 0) runStart = i;
      const code = text.codePointAt(i) ?? 0;
      i += code > 0xffff ? 2 : 1;
    }
  }
  if (runStart >= 0) emit(text.slice(runStart), undefined);
  return out;
}
