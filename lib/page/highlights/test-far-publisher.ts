/**
 * A highlight publisher for tests that registers only blocks near the viewport
 * (past `nearViewportAbove` mentions: by default from the first on), on a page
 * where every block is far below it.
 */
import { createMemoryHighlightRegistry, type HighlightRegistry } from './highlight';
import { HighlightPublisher } from './highlight-publisher';
import { NearViewport } from './near-viewport';

export function farPublisher({ nearViewportAbove = 0 } = {}): {
  publisher: HighlightPublisher;
  /** Runs the frames asked for (blocks are measured), then flushes. */
  placeAll: () => void;
  /** The org ranges registered. */
  registered: () => readonly AbstractRange[];
} {
  let registry: HighlightRegistry | undefined;
  const frames: (() => void)[] = [];
  const publisher = new HighlightPublisher(
    document,
    () => (registry = createMemoryHighlightRegistry()),
    {
      nearViewportAbove,
      nearViewport: (win) =>
        new NearViewport(win, {
          rectOf: () => ({ top: 10_000, bottom: 10_100 }),
          metrics: () => ({ height: 500, scrollY: 0, layoutKey: 1 }),
        }),
      nextFrame: (run) => void frames.push(run),
    },
  );
  const placeAll = () => {
    while (frames.length > 0) frames.shift()!();
    publisher.flush();
  };
  return { publisher, placeAll, registered: () => registry?.shownRanges('org') ?? [] };
}
