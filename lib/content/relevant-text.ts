/**
 * Whether a page is worth annotating at all: it says it is Chinese, or its
 * title or opening holds CJK text or a Latin name of a known entity. Most
 * pages a reader opens are neither, and there the content script should cost
 * next to nothing: a read of the opening's text and a few regular expressions
 * over it, whatever the page's length, instead of scanning every block for
 * figures and names. A page that gets such text later (a single-page app
 * moving on) is looked at again.
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

/** A name that starts with an ASCII letter or digit, which `\b` can tell the start of. */
const ASCII_START = /^[a-z0-9]/i;

/** One native replace over all names joined, not one per name (this runs once per page). */
const alternativesOf = (names: readonly string[]): string =>
  names.join('\n').replace(SPECIAL, '\\$&').replace(/\n/g, '|');

/**
 * The names are longest first, so a longer name is tried before a shorter one at the same
 * place. Those that start with an ASCII letter or digit (nearly all) sit behind one `\b`:
 * the engine then tries them only where a word starts, not at every unit (three to four
 * times faster on English text). To `\b`, `_` is a letter: a name glued to one (x_qwen) is
 * no longer a hit, where the whole-word test alone took it.
 */
function alternation(names: readonly string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  const atWordStart = names.filter((name) => ASCII_START.test(name));
  const others = names.filter((name) => !ASCII_START.test(name));
  const parts = [
    ...(atWordStart.length > 0 ? [`\\b(?:${alternativesOf(atWordStart)})`] : []),
    ...(others.length > 0 ? [alternativesOf(others)] : []),
  ];
  return new RegExp(parts.join('|'), flags);
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
 * How much of a page's text is read for CJK and Latin names: a page about the
 * industry shows it in its title or opening. Not the whole body's text: on a
 * 1 MB English page building that string alone took ~5 ms, half of what such a
 * page may cost us, and the names' search over it ~7 ms more.
 */
const OPENING_CHARS = 64 * 1024;

/**
 * The page's opening: its text nodes' text in document order (as `textContent` reads it,
 * scripts' included), up to `limit` units. Each node costs a call into the DOM: asking
 * each for its parent too, to leave scripts out, made the read twice as long.
 */
function openingText(doc: Document, limit: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode())
    text += (node as Text).data;
  return text.slice(0, limit);
}

/** Whether the page says it is Chinese: its language, or CJK text in its title (both in its head). */
const saysChinese = (doc: Document): boolean =>
  /^zh\b/i.test(doc.documentElement?.lang ?? '') || CJK.test(doc.title);

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

/**
 * Whether the page says it is Chinese, or its opening (`OPENING_CHARS`) holds CJK text or a
 * Latin name of the packs. `latinNames` is asked for only when it holds no CJK text
 * (building it takes ~1 ms).
 */
export function hasRelevantText(doc: Document, latinNames: () => LatinNames): boolean {
  if (saysChinese(doc)) return true;
  const text = openingText(doc, OPENING_CHARS);
  if (CJK.test(text)) return true;
  const opening = `${doc.title}\n${text}`;
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
