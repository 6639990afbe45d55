/**
 * When highlights are registered during a scan: in a few batches, because
 * every batch makes the browser walk all registered ranges again. The first
 * soon after the scan starts (the visible part comes first), then at most
 * every LATER_FLUSH_MS, and when all is done (`force`).
 */
import { FIRST_FLUSH_MS, LATER_FLUSH_MS } from './budgets';

export class FlushPacer {
  #last = -Infinity;
  #every = FIRST_FLUSH_MS;
  readonly #now: () => number;
  readonly #flush: () => void;

  constructor(now: () => number, flush: () => void) {
    this.#now = now;
    this.#flush = flush;
  }

  /** The scan starts: the first batch goes out FIRST_FLUSH_MS from now. */
  start(): void {
    this.#last = this.#now();
  }

  maybeFlush(force: boolean): void {
    const t = this.#now();
    if (!force && t - this.#last < this.#every) return;
    this.#flush();
    this.#last = t;
    this.#every = LATER_FLUSH_MS;
  }
}
