/**
 * Work that may wait until the page has nothing else to do (counting what a
 * long page mentions, sampling its script), so that a later question is
 * answered at once without delaying what the reader sees now.
 */
import { IDLE_SLICE_MS, IDLE_TIMEOUT_MS, OVERDUE_IDLE_SLICE_MS } from './budgets';

/**
 * Runs `work` when the page is idle, at the latest after IDLE_TIMEOUT_MS, or
 * in a task of its own where there is no idle callback.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(work, 0);
  }
}

/**
 * Runs `work` in idle periods, in slices, until it says it is done: each call is given
 * `hasTime`, true while the idle period lasts, and returns true once finished (false asks
 * for another idle period). Counting a 5 MB page's 90 000 mentions in one callback was a
 * task of ~50 ms, long enough to hold up a click.
 */
export function whenIdleInSlices(work: (hasTime: () => boolean) => boolean): void {
  const slice = (ms: number) => {
    const until = performance.now() + Math.min(Math.max(ms, OVERDUE_IDLE_SLICE_MS), IDLE_SLICE_MS);
    return work(() => performance.now() < until);
  };
  if (typeof requestIdleCallback === 'function') {
    const run = (deadline: IdleDeadline) => {
      if (!slice(deadline.timeRemaining())) requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    };
    requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  } else {
    const run = () => {
      if (!slice(0)) setTimeout(run, 0);
    };
    setTimeout(run, 0);
  }
}
