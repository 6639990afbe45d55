/**
 * What was found in a text, for texts seen before: switching back to 原文
 * brings every block back to a text already scanned, and a page that swaps
 * between the same states (tabs, a carousel) repeats its texts. Bounded by
 * the characters it keeps (~2 bytes each): when full it starts again.
 *
 * Looking a text up hashes all of it, which on a page's first scan (all its
 * texts new) cost a tenth of the page's matching: there, texts are kept aside
 * unhashed, and indexed at the first look-up (a later change of the page).
 */
import type { Mention } from './types';

export class FoundCache {
  #found = new Map<string, readonly Mention[]>();
  /** Kept, not yet in `#found`: texts and what was found in each, side by side. */
  #unindexed: string[] = [];
  #unindexedFound: (readonly Mention[])[] = [];
  #chars = 0;
  readonly #maxChars: number;

  constructor(maxChars = 1_500_000) {
    this.#maxChars = maxChars;
  }

  /** `likelyNew`: the caller expects the text to be new (a page's first scan): not looked up. */
  get(
    text: string,
    find: (text: string) => readonly Mention[],
    likelyNew = false,
  ): readonly Mention[] {
    if (!likelyNew) {
      if (this.#unindexed.length > 0) this.#index();
      const known = this.#found.get(text);
      if (known) return known;
    }
    const found = find(text);
    if (text.length <= this.#maxChars) {
      if (this.#chars + text.length > this.#maxChars) this.clear();
      if (likelyNew) {
        this.#unindexed.push(text);
        this.#unindexedFound.push(found);
      } else this.#found.set(text, found);
      this.#chars += text.length;
    }
    return found;
  }

  clear(): void {
    this.#found.clear();
    this.#unindexed = [];
    this.#unindexedFound = [];
    this.#chars = 0;
  }

  #index(): void {
    const texts = this.#unindexed;
    const found = this.#unindexedFound;
    for (let i = 0; i < texts.length; i++) this.#found.set(texts[i]!, found[i]!);
    this.#unindexed = [];
    this.#unindexedFound = [];
  }
}
