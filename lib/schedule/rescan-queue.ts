/**
 * When a page's changes are scanned again: the changed blocks wait here and
 * go out in batches, at most every RESCAN_BATCH_MS, bounded per block and in
 * all by the rescan limiter, held while the converter rewrites the page.
 */
import { RESCAN_BATCH_MS } from './budgets';
import { RescanLimiter, type RescanLimits } from './rescan-limiter';

export interface RescanQueueOptions<Root extends Node> {
  /** Least time between two batches (default RESCAN_BATCH_MS). */
  minIntervalMs?: number;
  limits?: RescanLimits;
  now: () => number;
  /** The roots of a batch that are not inside another of its roots. */
  outermost: (roots: Iterable<Root>) => Iterable<Root>;
  /** Scans `root` again; `quiet` for noisy blocks on cooldown, `fresh` for blocks just added. */
  rescan: (root: Root, how: { quiet: boolean; fresh: boolean }) => void;
  /** Forgets mentions of text that left the page. */
  sweep: () => void;
  /** Called when pending work may have changed (to update the page state). */
  onChange: () => void;
}

/**
 * Block roots waiting to be scanned again after page changes: coalesced into
 * batches at most every `minIntervalMs`, deduplicated (an inner root is
 * covered by its outer one), bounded by a rate limiter, held while paused.
 */
export class RescanQueue<Root extends Node> {
  #pending = new Set<Root>();
  #fresh = new Set<Root>();
  #needSweep = false;
  #paused = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastFlush = -Infinity;
  #disposed = false;
  readonly #limiter: RescanLimiter;
  readonly #minIntervalMs: number;
  readonly #o: RescanQueueOptions<Root>;

  constructor(options: RescanQueueOptions<Root>) {
    this.#o = options;
    this.#minIntervalMs = options.minIntervalMs ?? RESCAN_BATCH_MS;
    this.#limiter = new RescanLimiter(options.limits, options.now);
  }

  /** True while a root that is not on cooldown waits. */
  get hasPending(): boolean {
    for (const root of this.#pending) if (!this.#limiter.isCooling(root)) return true;
    return false;
  }

  add(roots: Iterable<Root>, added: ReadonlySet<Node> = new Set(), removed = false): void {
    if (removed) this.#needSweep = true;
    for (const root of roots) {
      this.#limiter.changed(root);
      // Fresh only if nothing else touched it since the last batch.
      if (added.has(root) && !this.#pending.has(root)) this.#fresh.add(root);
      else this.#fresh.delete(root);
      this.#pending.add(root);
    }
    this.#schedule();
  }

  /** Scans what is pending now, without rate limits (unless paused). */
  flushNow(): void {
    if (this.#paused === 0) this.#flush(true);
  }

  /** Holds batches until every returned resume function has been called; then flushes at once. */
  pause(): () => void {
    this.#paused++;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      if (--this.#paused === 0) this.#flush(true);
    };
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#pending.clear();
  }

  #schedule(wait = 0): void {
    if (this.#paused > 0 || this.#timer !== undefined || this.#disposed) return;
    if (this.#pending.size === 0 && !this.#needSweep) return;
    const delay = Math.max(wait, this.#lastFlush + this.#minIntervalMs - this.#o.now(), 0);
    this.#timer = setTimeout(() => this.#flush(false), delay);
  }

  #flush(bypassLimits: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#disposed) return;
    this.#lastFlush = this.#o.now();
    if (this.#needSweep) {
      this.#needSweep = false;
      this.#o.sweep();
    }
    let nextWait = Infinity;
    const roots = [...this.#o.outermost(this.#pending)];
    const fresh = this.#fresh;
    this.#fresh = new Set();
    this.#pending.clear();
    for (const root of roots) {
      if (!root.isConnected) continue;
      const wait = bypassLimits ? 0 : this.#limiter.admit(root);
      if (wait === 0) {
        const quiet = this.#limiter.isCooling(root);
        this.#o.rescan(root, { quiet, fresh: fresh.has(root) });
      } else {
        this.#pending.add(root);
        nextWait = Math.min(nextWait, wait);
      }
    }
    if (this.#pending.size > 0) this.#schedule(nextWait);
    this.#o.onChange();
  }
}
