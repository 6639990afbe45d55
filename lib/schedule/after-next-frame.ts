/**
 * Waiting for the page's next rendering: the moment when its layout is fresh,
 * so reading boxes lays nothing out again, and what was written before it has
 * been laid out a part at a time.
 */
import { FRAME_WAIT_MS } from './budgets';
import { yieldToPage, type YieldToPage } from './yield-to-page';

/**
 * Resolves once the page has rendered a frame (after its layout), then
 * yielded. A hidden page renders no frames: it only yields, and a frame that
 * does not come within FRAME_WAIT_MS (the page hid meanwhile) is not waited for.
 */
export function afterNextFrame(doc: Document, yieldThen: YieldToPage = yieldToPage): Promise<void> {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame || doc.visibilityState === 'hidden') return yieldThen();
  return new Promise<void>((resolve) => {
    const timer = view.setTimeout(resolve, FRAME_WAIT_MS);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      // Tasks queued from a frame callback run after that frame's rendering.
      void yieldThen().then(resolve);
    });
  });
}
