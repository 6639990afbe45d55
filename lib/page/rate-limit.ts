/**
 * Bounds rescans on pages that change all the time (a clock ticking every
 * 20 ms, a live ticker): a block rescanned `perBlock` times within a second
 * goes on cooldown and is then rescanned at most once a second until it has
 * been quiet for a second; all blocks together get `total` rescans a second.
 */
export interface RescanLimits {
  perBlock?: number;
  total?: number;
}

interface BlockState {
  windowStart: number;
  count: number;
  lastScan: number;
  lastAsk: number;
  cooling: boolean;
}

const SECOND = 1000;

export class RescanLimiter {
  #blocks = new WeakMap<object, BlockState>();
  #windowStart = -Infinity;
  #total = 0;
  readonly #perBlock: number;
  readonly #totalLimit: number;
  readonly #now: () => number;

  constructor(limits: RescanLimits = {}, now: () => number = () => performance.now()) {
    this.#perBlock = limits.perBlock ?? 5;
    this.#totalLimit = limits.total ?? 200;
    this.#now = now;
  }

  isCooling(block: object): boolean {
    return this.#blocks.get(block)?.cooling ?? false;
  }

  /**
   * Asks to rescan `block` now. Returns 0 and counts the rescan when allowed,
   * else how many milliseconds to wait before asking again.
   */
  admit(block: object): number {
    const t = this.#now();
    let s = this.#blocks.get(block);
    if (!s) {
      s = { windowStart: t, count: 0, lastScan: -Infinity, lastAsk: t, cooling: false };
      this.#blocks.set(block, s);
    }
    if (s.cooling && t - s.lastAsk > SECOND) s.cooling = false;
    s.lastAsk = t;
    if (t - s.windowStart >= SECOND) {
      s.windowStart = t;
      s.count = 0;
    }
    if (!s.cooling && s.count >= this.#perBlock) s.cooling = true;
    if (s.cooling && t - s.lastScan < SECOND) return s.lastScan + SECOND - t;
    if (t - this.#windowStart >= SECOND) {
      this.#windowStart = t;
      this.#total = 0;
    }
    if (this.#total >= this.#totalLimit) return this.#windowStart + SECOND - t;
    s.count++;
    this.#total++;
    s.lastScan = t;
    return 0;
  }
}
