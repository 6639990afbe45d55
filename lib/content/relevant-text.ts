/**
 * Whether a page is worth annotating at all: it holds CJK text (or says it is
 * Chinese), or a Latin name of a known entity. Most pages a reader opens are
 * neither, and there the content script should cost next to nothing: one read
 * of the body's text (~4 ms for 1 MB) and two regular expressions over it,
 * instead of scanning every block for figures and names.
 */
import type { Pack } from '../pack/types';

/** CJK ideographs and punctuation, kana, compatibility and full-width forms (ＡＬＩＢＡＢＡ). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** How often, at most, a dormant page's changes are looked at again. */
const RECHECK_MS = 1000;

/** One expression for every name and alias without CJK, whole words only, any case. */
export function latinNamesPattern(packs: readonly Pack[]): RegExp | null {
  const names = new Set<string>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      for (const name of [entity.names.en, ...entity.aliases.map((a) => a.text)]) {
        if (name && !CJK.test(name)) names.add(name.toLowerCase());
      }
    }
  }
  if (names.size === 0) return null;
  const escaped = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

export function hasRelevantText(doc: Document, latinNames: RegExp | null): boolean {
  if (/^zh\b/i.test(doc.documentElement.lang) || CJK.test(doc.title)) return true;
  const text = doc.body?.textContent ?? '';
  return CJK.test(text) || (latinNames?.test(text) ?? false);
}

/**
 * Resolves once the page holds relevant text: at once, or when a change of
 * the page brings some (a single-page app navigating to a Chinese article).
 * Changes are looked at no more than once a second. `onDormant` runs when
 * the page has to wait.
 */
export function whenRelevant(
  doc: Document,
  packs: readonly Pack[],
  signal: AbortSignal,
  onDormant: () => void = () => {},
): Promise<void> {
  const latinNames = latinNamesPattern(packs);
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
      }, RECHECK_MS);
    });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    });
  });
}
