import { BUILTIN_GUARDS } from './builtin.generated';
import { patternAt, step, type DoubleArray } from './double-array';
import { fold } from './fold';
import { fromPrecompiledGuards } from './precompiled';

/**
 * False-friend guards over folded text. The word lists are data
 * (assets/guards/*.json, each explains itself in `about`), folded so they work
 * in every script and compiled at build time (build-guards.ts,
 * builtin.generated.ts). Guards only run at candidate matches, never per
 * character.
 */
export interface Guards {
  /** Common words: a person's name whose last unit begins one is refused. */
  common: DoubleArray;
  /** Longer words and places that contain a name (阿里山, 彭博士). */
  containing: DoubleArray;
  /** The containing words, folded (to flag the names they hold). */
  containingWords: string[];
  /** Folded alias → folded context words and window (阿里巴巴 near 四十大盜). */
  contexts: Map<string, { window: number; words: string[] }>;
}

let guards: Guards | undefined;

export function getGuards(): Guards {
  guards ??= fromPrecompiledGuards(BUILTIN_GUARDS);
  return guards;
}

/** Whether some word of `trie` begins with unit `u` (to flag the names it can follow). */
export function beginsWord(trie: DoubleArray, u: number): boolean {
  return step(trie, 0, u) >= 0;
}

/** The end of the longest word of `trie` that starts at `at` in `text`, or -1. */
export function longestWordAt(trie: DoubleArray, text: string, at: number): number {
  let s = 0;
  let end = -1;
  for (let j = at; j < text.length; j++) {
    s = step(trie, s, text.charCodeAt(j));
    if (s < 0) break;
    if (patternAt(trie, s) >= 0) end = j + 1;
  }
  return end;
}

/** Whether a word of `trie` strictly longer than [start, end) covers it. */
export function isInsideWord(trie: DoubleArray, text: string, start: number, end: number): boolean {
  for (let p = Math.max(0, start - trie.depth + 1); p <= start; p++) {
    let s = 0;
    for (let j = p; j < text.length; j++) {
      s = step(trie, s, text.charCodeAt(j));
      if (s < 0) break;
      if (patternAt(trie, s) >= 0 && j + 1 >= end && j + 1 - p > end - start) return true;
    }
  }
  return false;
}

/**
 * Name-end guard: the last unit of [start, end) begins a common word that runs
 * past `end` (王堅持), and no common word begins at `end` (王堅持續 keeps 王堅).
 */
export function endsInsideWord(trie: DoubleArray, text: string, end: number): boolean {
  return longestWordAt(trie, text, end - 1) > end && longestWordAt(trie, text, end) < 0;
}

/** Whether a context word for this alias occurs within its window around [start, end). */
export function hasDoubtfulContext(
  context: { window: number; words: string[] },
  text: string,
  start: number,
  end: number,
): boolean {
  const from = Math.max(0, start - context.window);
  const to = Math.min(text.length, end + context.window);
  const folded = fold(text.slice(from, to));
  return context.words.some((w) => folded.includes(w));
}
