/**
 * The names of packs' entities written without CJK (Alibaba Cloud, AWS, Qwen):
 * how an English page shows it is about the industry. A page without CJK text
 * is matched only when one of these is in its title or opening (lib/content/
 * relevant-text.ts). The built-in packs' lists are made when the packs are
 * compiled (builtin-latin-names.generated.ts), so such a page never loads a
 * pack to find out it has nothing to match.
 */
import type { Pack } from './types';

/** Short capitals (AI, CIPU), matched as written; the rest lower-cased, matched in any case. */
export interface LatinNameLists {
  readonly acronyms: readonly string[];
  readonly words: readonly string[];
}

const CJK_FREE_LINES = /^[^\n\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+$/gm;
const ACRONYM = /^[A-Z0-9]{1,4}$/;

/** Unique, longest first: a longer name is tried before a shorter one at the same place. */
const longestFirst = (names: Iterable<string>): string[] =>
  [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/** One list from several: for packs imported beside the built-in ones. */
export function mergeLatinNames(lists: readonly LatinNameLists[]): LatinNameLists {
  if (lists.length === 1) return lists[0]!;
  return {
    acronyms: longestFirst(lists.flatMap((list) => list.acronyms)),
    words: longestFirst(lists.flatMap((list) => list.words)),
  };
}

/**
 * Every English name and alias of the packs' entities that holds no CJK.
 * Ambiguous aliases too: their context, read once the page is awake, decides them.
 */
export function latinNamesOf(packs: readonly Pack[]): LatinNameLists {
  const names: string[] = [];
  for (const pack of packs) {
    for (const entity of pack.entities) {
      if (entity.names.en) names.push(entity.names.en);
      for (const alias of entity.aliases) names.push(alias.text);
    }
  }
  // One native match over all names joined, not a test per name (this may run at a page's start).
  const acronyms: string[] = [];
  const words: string[] = [];
  for (const name of names.join('\n').match(CJK_FREE_LINES) ?? []) {
    if (ACRONYM.test(name)) acronyms.push(name);
    else words.push(name.toLowerCase());
  }
  return { acronyms: longestFirst(acronyms), words: longestFirst(words) };
}
