import { yieldToPage, type YieldToPage } from '../yield-to-page';

/**
 * Running long work in slices so no task of ours blocks the page: each slice
 * stops after `budgetMs` and yields to the page before the next.
 */

export interface SliceRunnerOptions {
  budgetMs?: number;
  now?: () => number;
  yieldToPage?: YieldToPage;
  signal?: AbortSignal;
  /** Called when the runner goes from idle to busy or back (counting only jobs not marked quiet). */
  onBusyChange?: (busy: boolean) => void;
  /** Called after every slice. */
  onSlice?: () => void;
  /** A job threw: it is dropped, the others go on (default: `console.error`). */
  onError?: (error: unknown) => void;
}

interface Job {
  steps: Iterator<unknown>;
  quiet: boolean;
}

/** A queue of jobs; each job is an iterator whose steps are small units of work. */
export class SliceRunner {
  #jobs: Job[] = [];
  #loud = 0;
  #running = false;
  #idleWaiters: (() => void)[] = [];
  readonly #budget: number;
  readonly #now: () => number;
  readonly #yield: YieldToPage;
  readonly #options: SliceRunnerOptions;

  constructor(options: SliceRunnerOptions = {}) {
    this.#options = {
      onError: (error) => console.error('[pangzhu] scan failed', error),
      ...options,
    };
    this.#budget = options.budgetMs ?? 10;
    this.#now = options.now ?? (() => performance.now());
    this.#yield = options.yieldToPage ?? yieldToPage;
  }

  /** True while a job that is not quiet is queued. */
  get busy(): boolean {
    return this.#loud > 0;
  }

  /**
   * Queues a job, run after the ones already queued (jobs never interleave).
   * A quiet job does not make the runner busy (rescans of noisy blocks).
   */
  add(steps: Iterator<unknown>, { quiet = false } = {}): void {
    if (this.#options.signal?.aborted) return;
    const job = { steps, quiet };
    this.#jobs.push(job);
    if (!quiet && this.#loud++ === 0) this.#options.onBusyChange?.(true);
    if (!this.#running) {
      // Start after a yield: jobs added together are counted together, and the
      // caller's own work (often a DOM-heavy setup) is not lengthened by a slice.
      this.#running = true;
      void this.#yield().then(() => this.#run());
    }
  }

  /** True while any job, quiet or not, is queued. */
  get pending(): boolean {
    return this.#jobs.length > 0;
  }

  /** Resolves once no job is queued. */
  idle(): Promise<void> {
    if (this.#jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  async #run(): Promise<void> {
    try {
      while (this.#jobs.length > 0) {
        if (this.#options.signal?.aborted) return this.#drop();
        const start = this.#now();
        do {
          const job = this.#jobs[0]!;
          let done: boolean | undefined;
          try {
            done = job.steps.next().done;
          } catch (error) {
            // One bad block must not stop the rest of the page.
            done = true;
            this.#options.onError?.(error);
          }
          if (done) this.#finish(job);
        } while (this.#jobs.length > 0 && this.#now() - start < this.#budget);
        this.#options.onSlice?.();
        if (this.#jobs.length > 0) await this.#yield();
      }
    } finally {
      this.#running = false;
    }
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  #finish(job: Job): void {
    const i = this.#jobs.indexOf(job);
    if (i >= 0) this.#jobs.splice(i, 1);
    if (!job.quiet && --this.#loud === 0) this.#options.onBusyChange?.(false);
  }

  #drop(): void {
    this.#jobs = [];
    this.#loud = 0;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }
}
