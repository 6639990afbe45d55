/**
 * Bounds rescans on pages that change all the time (a clock ticking every
 * 20 ms, a live ticker): a block rescanned `perBlock` times within a window
 * (RESCAN_WINDOW_MS) goes on cooldown and is then rescanned at most once a
 * window until it has not changed for one; all blocks together get `total`
 * rescans a window. Quiet is read from the changes the caller reports, not from
 * the asks: a cooling block is asked again when its wait ends, and a timer that
 * fires late on a busy machine must not end its cooldown.
 */
import { RESCAN_WINDOW_MS, RESCANS_PER_BLOCK, RESCANS_TOTAL } from './budgets';

export interface RescanLimits {
  perBlock?: number;
  total?: number;
}

interface BlockState {
  windowStart: number;
  count: number;
  lastScan: number;
  lastChange: number;
  cooling: boolean;
}

export class RescanLimiter {
  #blocks = new WeakMap<object, BlockState>();
  #windowStart = -Infinity;
  #total = 0;
  readonly #perBlock: number;
  readonly #totalLimit: number;
  readonly #now: () => number;

  constructor(limits: RescanLimits = {}, now: () => number = () => performance.now()) {
    this.#perBlock = limits.perBlock ?? RESCANS_PER_BLOCK;
    this.#totalLimit = limits.total ?? RESCANS_TOTAL;
    this.#now = now;
  }

  isCooling(block: object): boolean {
    return this.#blocks.get(block)?.cooling ?? false;
  }

  /** Notes that `block` changed; a cooling block that had not changed for a window cools no more. */
  changed(block: object): void {
    const s = this.#blocks.get(block);
    if (!s) return;
    const t = this.#now();
    if (s.cooling && t - s.lastChange > RESCAN_WINDOW_MS) s.cooling = false;
    s.lastChange = t;
  }

  /**
   * Asks to rescan `block` now. Returns 0 and counts the rescan when allowed,
   * else how many milliseconds to wait before asking again.
   */
  admit(block: object): number {
    const t = this.#now();
    let s = this.#blocks.get(block);
    if (!s) {
      s = { windowStart: t, count: 0, lastScan: -Infinity, lastChange: t, cooling: false };
      this.#blocks.set(block, s);
    }
    if (t - s.windowStart >= RESCAN_WINDOW_MS) {
      s.windowStart = t;
      s.count = 0;
    }
    if (!s.cooling && s.count >= this.#perBlock) s.cooling = true;
    if (s.cooling && t - s.lastScan < RESCAN_WINDOW_MS) return s.lastScan + RESCAN_WINDOW_MS - t;
    if (t - this.#windowStart >= RESCAN_WINDOW_MS) {
      this.#windowStart = t;
      this.#total = 0;
    }
    if (this.#total >= this.#totalLimit) return this.#windowStart + RESCAN_WINDOW_MS - t;
    s.count++;
    this.#total++;
    s.lastScan = t;
    return 0;
  }
}
