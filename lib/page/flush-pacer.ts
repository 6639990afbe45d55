/** When highlights are first published during a scan, and how often after that (ms). */
const FIRST_FLUSH_MS = 120;
const LATER_FLUSH_MS = 2000;

/**
 * Highlights reach the page in a few batches: every batch makes the browser
 * walk all registered ranges again, so soon after the scan starts (the
 * visible part comes first), then at most every two seconds, and when all is
 * done (`force`).
 */
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
