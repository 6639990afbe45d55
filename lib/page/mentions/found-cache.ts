/**
 * What was found in a text, for texts seen before: switching back to 原文
 * brings every block back to a text already scanned, and a page that swaps
 * between the same states (tabs, a carousel) repeats its texts. Bounded by
 * the characters it keeps (~2 bytes each): when full it starts again.
 */
import type { Mention } from './types';

export class FoundCache {
  #found = new Map<string, readonly Mention[]>();
  #chars = 0;
  readonly #maxChars: number;

  constructor(maxChars = 1_500_000) {
    this.#maxChars = maxChars;
  }

  get(text: string, find: (text: string) => readonly Mention[]): readonly Mention[] {
    const known = this.#found.get(text);
    if (known) return known;
    const found = find(text);
    if (text.length <= this.#maxChars) {
      if (this.#chars + text.length > this.#maxChars) this.clear();
      this.#found.set(text, found);
      this.#chars += text.length;
    }
    return found;
  }

  clear(): void {
    this.#found.clear();
    this.#chars = 0;
  }
}
