/**
 * Whether a list of words (the industry's domain or metric words) occurs in
 * a stretch of text, without copying it: the context rules ask of the
 * sentences around every ambiguous name and every figure. The same answer as
 * a RegExp of the words as alternatives over the stretch as one string, a
 * word that starts with a Latin letter starting at a word boundary (AI is not
 * the ai of said), case as written; a word may run across the cut of two
 * parts (the text before a name and after it).
 */

export interface WordList {
  /** Per code unit, 1 when a word starts with it: most units start none. */
  starts: Uint8Array;
  /** The words by their first code unit. */
  byFirst: Map<number, string[]>;
}

export function wordList(words: readonly string[]): WordList {
  const starts = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    if (w.length === 0) continue;
    const first = w.charCodeAt(0);
    starts[first] = 1;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [w]);
    else list.push(w);
  }
  return { starts, byFirst };
}

/** A RegExp word unit: [A-Za-z0-9_]. */
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  );
}

const isLatin = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * The unit at offset `p` of text[from, from + head) + text[resume, …) read as
 * one string. A function of its own, not a closure made per call (one object
 * per sentence looked at).
 */
const unitAt = (text: string, from: number, head: number, resume: number, p: number): number =>
  text.charCodeAt(p < head ? from + p : resume + p - head);

/**
 * Whether a word of `list` occurs in text[from, cut) + text[resume, to), read
 * as one string (pass `cut` = `resume` = `to` for one stretch).
 */
export function hasWordIn(
  list: WordList,
  text: string,
  from: number,
  to: number,
  cut = to,
  resume = to,
): boolean {
  const { starts, byFirst } = list;
  const head = cut - from;
  const length = head + (to - resume);
  for (let p = 0; p < length; p++) {
    const u = unitAt(text, from, head, resume, p);
    if (starts[u] === 0) continue;
    // Indexed: a `for…of` makes an iterator per loop until the engine optimises it.
    const words = byFirst.get(u) as string[];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (p + w.length > length) continue;
      let k = 1;
      while (k < w.length && unitAt(text, from, head, resume, p + k) === w.charCodeAt(k)) k++;
      if (k < w.length) continue;
      if (
        !isLatin(w.charCodeAt(0)) ||
        p === 0 ||
        !isWordUnit(unitAt(text, from, head, resume, p - 1))
      )
        return true;
    }
  }
  return false;
}
