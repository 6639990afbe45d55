/**
 * Whether a page is worth annotating at all: it holds CJK text (or says it is
 * Chinese), or a Latin name of a known entity in its title or opening. Most pages a reader opens are
 * neither, and there the content script should cost next to nothing: one read
 * of the body's text (~4 ms for 1 MB) and two regular expressions over it,
 * instead of scanning every block for figures and names.
 */
import type { LatinNameLists } from '../pack/latin-names';
import { DORMANT_RECHECK_MS } from '../schedule/budgets';

/** CJK ideographs and punctuation, kana, compatibility and full-width forms (ＡＬＩＢＡＢＡ). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * The packs' Latin names (lib/pack/latin-names.ts) as two expressions: short
 * capitals (AI, CIPU) as written, the rest (lower-cased in the lists) in any
 * case, matched against the text lower-cased: V8 compiles and runs the
 * alternation of ~1,000 names faster without the `i` flag (~2 ms less, cold,
 * on 64 KB). No lookarounds (a lookbehind at every position made the test
 * ~14 ms on 1 MB of English): word boundaries are checked on each hit instead.
 */
export interface LatinNames {
  acronyms: RegExp | null;
  words: RegExp | null;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** The names are longest first, so a longer name is tried before a shorter one at the same place. */
function alternation(names: readonly string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  // One native replace over all names joined, not one per name (this runs once per page).
  return new RegExp(names.join('\n').replace(SPECIAL, '\\$&').replace(/\n/g, '|'), flags);
}

export function latinNamesPattern(lists: LatinNameLists): LatinNames {
  return { acronyms: alternation(lists.acronyms, 'g'), words: alternation(lists.words, 'g') };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** Whether `pattern` (global) has a hit in `text` that is a whole word. */
function hasWholeWord(pattern: RegExp | null, text: string): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (!isWordChar(text[m.index - 1]) && !isWordChar(text[end])) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * How much of a page's text is searched for Latin names: a page about a known
 * company names it in its title or opening. Searching 1 MB of English for a
 * hundred names took ~7 ms; CJK is looked for everywhere (~0.1 ms).
 */
const LATIN_SEARCH_CHARS = 64 * 1024;

const saysChinese = (doc: Document): boolean =>
  /^zh\b/i.test(doc.documentElement.lang) || CJK.test(doc.title);

/** How much of a page's opening `looksChinese` reads. */
const OPENING_TEXT_NODES = 200;

/**
 * A first guess, before the settings are read: the page says it is Chinese or
 * has CJK text among its first text nodes. Cheap on any page (it stops early),
 * and wrong only in costing a fetch or missing one; `hasRelevantText` decides.
 */
export function looksChinese(doc: Document): boolean {
  if (saysChinese(doc)) return true;
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = 0; n < OPENING_TEXT_NODES && walker.nextNode(); n++)
    if (CJK.test((walker.currentNode as Text).data)) return true;
  return false;
}

/** `latinNames` is asked for only when the page has no CJK text (building it takes ~1 ms). */
export function hasRelevantText(doc: Document, latinNames: () => LatinNames): boolean {
  if (saysChinese(doc)) return true;
  const text = doc.body?.textContent ?? '';
  if (CJK.test(text)) return true;
  const opening = `${doc.title}\n${text.slice(0, LATIN_SEARCH_CHARS)}`;
  const { acronyms, words } = latinNames();
  return hasWholeWord(acronyms, opening) || hasWholeWord(words, opening.toLowerCase());
}

/**
 * Resolves once the page holds relevant text: at once, or when a change of
 * the page brings some (a single-page app navigating to a Chinese article).
 * Changes are looked at no more than once a second. `onDormant` runs when
 * the page has to wait.
 */
export function whenRelevant(
  doc: Document,
  latinNameLists: () => LatinNameLists,
  signal: AbortSignal,
  onDormant: () => void = () => {},
): Promise<void> {
  let latin: LatinNames | undefined;
  const latinNames = () => (latin ??= latinNamesPattern(latinNameLists()));
  if (hasRelevantText(doc, latinNames)) return Promise.resolve();
  onDormant();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => {
      timer ??= setTimeout(() => {
        timer = null;
        if (signal.aborted || !hasRelevantText(doc, latinNames)) return;
        observer.disconnect();
        resolve();
      }, DORMANT_RECHECK_MS);
    });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    });
  });
}
