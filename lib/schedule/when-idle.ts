/**
 * Work that may wait until the page has nothing else to do (counting what a
 * long page mentions, sampling its script), so that a later question is
 * answered at once without delaying what the reader sees now.
 */
import { IDLE_TIMEOUT_MS } from './budgets';

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
