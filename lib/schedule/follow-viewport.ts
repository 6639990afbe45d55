/**
 * When the registered highlights follow the reader's scrolling: on a page
 * with so many mentions that only those near the viewport are registered,
 * the next ones are registered while the reader scrolls (throttled, so it
 * also happens during a long scroll, not only after it). Costs one
 * passive listener and a flag check per scroll event otherwise.
 */
import { afterNextFrame } from './after-next-frame';
import { FOLLOW_VIEWPORT_MS } from './budgets';

/** What follows the viewport: the highlight publisher (lib/page/highlights/highlight-publisher.ts). */
export interface ViewportFollower {
  /** Whether only mentions near the viewport are registered now (else nothing to follow). */
  readonly nearViewportOnly: boolean;
  /** A box scrolled inside the page: its blocks moved without the page moving. */
  markMoved(): void;
  followViewport(): void;
  flush(): void;
}

export function followViewport(
  doc: Document,
  publisher: ViewportFollower,
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
    timer ??= setTimeout(run, FOLLOW_VIEWPORT_MS);
  };
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', schedule, listen);
  view.addEventListener('resize', schedule, listen);
  signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
  });
}
