/**
 * What was found in a text, for texts seen before: switching back to 原文
 * brings every block back to a text already scanned, and a page that swaps
 * between the same states (tabs, a carousel) repeats its texts. Bounded by
 * the characters it keeps (~2 bytes each): when full it starts again.
 *
 * Looking a text up hashes all of it, which on a page's first scan (all its
 * texts new) cost a tenth of the page's matching: there, texts are kept aside
 * unhashed, and indexed a few at each later look-up (a change of the page), so
 * no one look-up hashes a whole page. Until then a look-up may miss a text.
 */
import type { Mention } from './types';

/** Characters of texts kept aside indexed per look-up (~16 KB: tens of microseconds). */
const INDEXED_PER_LOOK_UP = 16_384;

export class FoundCache {
  #found = new Map<string, readonly Mention[]>();
  /** Kept, not yet in `#found`: texts and what was found in each, side by side. */
  #unindexed: string[] = [];
  #unindexedFound: (readonly Mention[])[] = [];
  /** How many of them are indexed already. */
  #indexed = 0;
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
      if (this.#indexed < this.#unindexed.length) this.#indexSome();
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
    this.#clearUnindexed();
    this.#chars = 0;
  }

  #indexSome(): void {
    const texts = this.#unindexed;
    const found = this.#unindexedFound;
    let chars = 0;
    let i = this.#indexed;
    for (; i < texts.length && chars < INDEXED_PER_LOOK_UP; i++) {
      this.#found.set(texts[i]!, found[i]!);
      chars += texts[i]!.length;
    }
    if (i < texts.length) this.#indexed = i;
    else this.#clearUnindexed();
  }

  #clearUnindexed(): void {
    this.#unindexed = [];
    this.#unindexedFound = [];
    this.#indexed = 0;
  }
}
