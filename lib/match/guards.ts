/**
 * False-friend guards over folded text. The word lists are data
 * (assets/guards/*.json, each explains itself in `about`), folded so they work
 * in every script and compiled at build time (build-guards.ts,
 * builtin.generated.ts). Guards only run at candidate matches, never per
 * character.
 */
import { builtinGuards } from './builtin.generated';
import { step, type DoubleArray } from './double-array';
import { getFoldXor } from './fold';
import { fromPrecompiledGuards } from './precompiled';

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
  guards ??= fromPrecompiledGuards(builtinGuards());
  return guards;
}

/** Whether some word of `trie` begins with unit `u` (to flag the names it can follow). */
export function beginsWord(trie: DoubleArray, u: number): boolean {
  return step(trie, 0, u) >= 0;
}

/**
 * The word-list guards at a candidate. Closures over the tries' arrays, with
 * the double-array step written out: they run at most candidates, and a call
 * per step (or, as vitest runs the sources, a lookup of each imported binding)
 * costs more than the step.
 */
export interface GuardChecks {
  /**
   * Name-end guard: the last unit of [start, end) begins a common word that
   * runs past `end` (王堅持), and no common word begins at `end` (王堅持續
   * keeps 王堅).
   */
  endsInsideWord(text: string, end: number): boolean;
  /** Whether a containing word strictly longer than [start, end) covers it. */
  isInsideWord(text: string, start: number, end: number): boolean;
}

const checksOf = new WeakMap<Guards, GuardChecks>();

/** The checks over `g`, made once for each guards object. */
export function getGuardChecks(g: Guards): GuardChecks {
  let checks = checksOf.get(g);
  if (!checks) {
    checks = createGuardChecks(g);
    checksOf.set(g, checks);
  }
  return checks;
}

function createGuardChecks(g: Guards): GuardChecks {
  const common = g.common;
  const { cells, codeOf, depth } = g.containing;

  /** The end of the longest common word that starts at `at` in `text`, or -1. */
  const longestWordAt = (text: string, at: number): number => {
    const { cells, codeOf } = common;
    let s = 0;
    let end = -1;
    for (let j = at; j < text.length; j++) {
      const t = (cells[s] as number) + 3 * (codeOf[text.charCodeAt(j)] as number);
      if (cells[t + 1] !== s + 1) break;
      s = t;
      if ((cells[s + 2] as number) >= 0) end = j + 1;
    }
    return end;
  };

  return {
    endsInsideWord: (text, end) =>
      longestWordAt(text, end - 1) > end && longestWordAt(text, end) < 0,
    isInsideWord(text, start, end) {
      for (let p = Math.max(0, start - depth + 1); p <= start; p++) {
        let s = 0;
        for (let j = p; j < text.length; j++) {
          const t = (cells[s] as number) + 3 * (codeOf[text.charCodeAt(j)] as number);
          if (cells[t + 1] !== s + 1) break;
          s = t;
          if ((cells[s + 2] as number) >= 0 && j + 1 >= end && j + 1 - p > end - start) return true;
        }
      }
      return false;
    },
  };
}

/**
 * Whether a context word for this alias occurs within its window around
 * [start, end). The window is folded a unit at a time as it is read, not
 * copied: this runs at every candidate of such an alias.
 */
export function hasDoubtfulContext(
  context: { window: number; words: string[] },
  text: string,
  start: number,
  end: number,
): boolean {
  const from = Math.max(0, start - context.window);
  const to = Math.min(text.length, end + context.window);
  const words = context.words;
  // Indexed: a `for…of` makes an iterator per loop (here per unit) until the engine optimises it.
  for (let k = 0; k < words.length; k++) if ((words[k] as string).length === 0) return true;
  const xor = getFoldXor();
  for (let p = from; p < to; p++) {
    const u = text.charCodeAt(p);
    const first = u ^ (xor[u] as number);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      if (w.charCodeAt(0) === first && p + w.length <= to && foldedAt(text, p + 1, w, xor))
        return true;
    }
  }
  return false;
}

/** Whether `word` (folded) from its second unit on matches the fold of `text` at `at`. */
function foldedAt(text: string, at: number, word: string, xor: Uint16Array): boolean {
  for (let k = 1; k < word.length; k++) {
    const u = text.charCodeAt(at + k - 1);
    if ((u ^ (xor[u] as number)) !== word.charCodeAt(k)) return false;
  }
  return true;
}
