/**
 * Our own run of opencc-js's dictionaries: a trie per stage, built in chunks
 * that let the page run between them, and the stages applied segment by segment
 * as opencc-js's converters apply them.
 */
import { DICTIONARY_SLICE_MS } from '../schedule/budgets';
import { createSlicer } from '../schedule/slicer';
import { Trie, unmatchedLength } from './trie';

/** A serialized opencc-js dictionary ("from to|…") or a list of pairs. */
export type Dict = string | readonly (readonly [string, string])[];

/** Lets the page run between chunks of a long build (see yieldToPage). */
type Pause = () => Promise<void>;

export interface BuildOptions {
  /** Without one, the build never pauses (tests, scripts). */
  pause?: Pause;
  /** Work between pauses, in ms (default DICTIONARY_SLICE_MS). */
  budgetMs?: number;
}

/**
 * Builds a trie from dictionaries, earlier ones winning (as in opencc-js's
 * dictionary groups). Only indexes them (see Trie): ~5 ms for STPhrases, with
 * a `pause` between dictionaries when `budgetMs` is spent.
 */
export async function buildTrie(
  dicts: readonly Dict[],
  { pause, budgetMs = DICTIONARY_SLICE_MS }: BuildOptions = {},
): Promise<Trie> {
  const trie = new Trie();
  const slicer = createSlicer({
    budgetMs: pause ? budgetMs : Infinity,
    yieldToPage: pause,
    // A dictionary is milliseconds of work: the clock is read after each.
    itemsPerClockRead: 1,
  });
  // Later dictionaries first, so earlier ones overwrite their entries.
  await slicer.run([...dicts].reverse(), (dict) =>
    trie.addDict(
      typeof dict === 'string' ? dict : dict.map(([from, to]) => `${from} ${to}`).join('|'),
    ),
  );
  trie.seal();
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
  const { segmenter, first, later } = p;
  const n = text.length;
  let out = '';
  let runStart = -1;
  const emit = (segment: string, phrase: string | undefined): void => {
    let s = first(segment, phrase);
    for (const stage of later) s = stage.convert(s);
    out += s;
  };
  for (let i = 0; i < n;) {
    const phrase = segmenter.match(text, i);
    if (phrase === undefined) {
      if (runStart < 0) runStart = i;
      i += unmatchedLength(text, i);
      continue;
    }
    const end = segmenter.matchEnd;
    if (runStart >= 0) emit(text.slice(runStart, i), undefined);
    runStart = -1;
    emit(text.slice(i, end), phrase);
    i = end;
  }
  if (runStart >= 0) emit(runStart === 0 ? text : text.slice(runStart), undefined);
  return out;
}
