/**
 * Whether an English text names one of the packs' Latin names (lib/pack/
 * latin-names.ts) as whole words: short capitals (AI, CIPU) as written, the
 * rest in any case. The text's words are read once, and each is looked up
 * among the names that begin with it.
 *
 * Not one RegExp of all the names as alternatives: on a long text V8 compiles
 * such an alternation of ~1,000 names to ~250 KB of machine code, which every
 * page without CJK text then keeps for its life (measured in a heap snapshot
 * of a tab; most pages a reader opens are such pages).
 */
import type { LatinNameLists } from '../pack/latin-names';

/** A letter or digit: what a name's whole-word edges are judged by. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII by its code (most of an English page), the rest by Unicode's classes. */
function isWordUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD_CHAR.test(text[i]!);
}

const isWordEdge = (text: string, i: number): boolean =>
  i < 0 || i >= text.length || !isWordUnitAt(text, i);

interface Candidate {
  name: string;
  /** Where the name's first word starts in it (0 unless it opens with a sign: "(keg)"). */
  offset: number;
}

/** Names by their first word, in the order given (longest first). */
interface NamesByFirstWord {
  map: Map<string, Candidate[]>;
  /** The longest first word: a longer word of the text is no name's start. */
  longest: number;
}

function byFirstWord(names: readonly string[]): NamesByFirstWord {
  const map = new Map<string, Candidate[]>();
  let longest = 0;
  for (const name of names) {
    let start = 0;
    while (start < name.length && !isWordUnitAt(name, start)) start++;
    // A name of signs alone is never a whole word.
    if (start === name.length) continue;
    let end = start + 1;
    while (end < name.length && isWordUnitAt(name, end)) end++;
    const word = name.slice(start, end);
    longest = Math.max(longest, word.length);
    const list = map.get(word);
    const candidate = { name, offset: start };
    if (list) list.push(candidate);
    else map.set(word, [candidate]);
  }
  return { map, longest };
}

export interface LatinNameFinder {
  /** Whether `text` holds one of the names, not inside a longer word. */
  foundIn(text: string): boolean;
}

/** Whether a name of `candidates` is at the word starting at `start` of `text` (as folded). */
function anyAt(text: string, start: number, candidates: readonly Candidate[] | undefined): boolean {
  if (!candidates) return false;
  for (const { name, offset } of candidates) {
    const from = start - offset;
    const to = from + name.length;
    if (from < 0 || to > text.length) continue;
    if (isWordEdge(text, from - 1) && isWordEdge(text, to) && text.startsWith(name, from))
      return true;
  }
  return false;
}

/**
 * `text` lower-cased unit for unit, so positions in both agree: a letter whose
 * lower case is longer (İ) is left as it is (rare; the names are English).
 */
function lowerCasedInPlace(text: string): string {
  const whole = text.toLowerCase();
  if (whole.length === text.length) return whole;
  return text.replace(/[A-Z]|[^\0-\x7f]/g, (c) => {
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  });
}

export function latinNameFinder(lists: LatinNameLists): LatinNameFinder {
  const acronyms = byFirstWord(lists.acronyms);
  // The list is lower-cased already (latin-names.ts).
  const words = byFirstWord(lists.words);
  const longest = Math.max(acronyms.longest, words.longest);

  return {
    foundIn(text) {
      if (longest === 0) return false;
      const lower = lowerCasedInPlace(text);
      for (let i = 0; i < text.length;) {
        if (!isWordUnitAt(text, i)) {
          i++;
          continue;
        }
        let end = i + 1;
        while (end < text.length && isWordUnitAt(text, end)) end++;
        const length = end - i;
        if (length <= longest) {
          if (length <= acronyms.longest && anyAt(text, i, acronyms.map.get(text.slice(i, end))))
            return true;
          if (anyAt(lower, i, words.map.get(lower.slice(i, end)))) return true;
        }
        i = end;
      }
      return false;
    },
  };
}
