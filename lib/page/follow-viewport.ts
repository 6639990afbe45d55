import type { HighlightPublisher } from './highlight-publisher';
import { afterNextFrame } from '../yield-to-page';

/** How often, at most, the registered highlights follow a scroll (ms). */
const FOLLOW_EVERY_MS = 100;

/**
 * On a page with so many mentions that only those near the viewport are
 * registered, registers the next ones while the reader scrolls (throttled,
 * so it also happens during a long scroll, not only after it). Costs one
 * passive listener and a flag check per scroll event otherwise.
 */
export function followViewport(
  doc: Document,
  publisher: HighlightPublisher,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    // Boxes are read just after a frame, when the layout is fresh: read from a timer, they
    // could force a layout of the whole page (~50 ms on 5 MB).
    void afterNextFrame(doc).then(() => {
      timer = null;
      if (signal.aborted) return;
      publisher.followViewport();
      publisher.flush();
    });
  };
  const schedule = (event: Event) => {
    if (!publisher.nearViewportOnly) return;
    // A box scrolling inside the page moves its blocks without moving the page.
    if (event.type === 'scroll' && event.target !== doc) publisher.markMoved();
    timer ??= setTimeout(run, FOLLOW_EVERY_MS);
  };
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', schedule, listen);
  view.addEventListener('resize', schedule, listen);
  signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
  });
}
