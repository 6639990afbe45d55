// A page with more mentions than the publisher registers at once: only blocks
// near the viewport are in the registry, and the rest follow the scroll.
import type { Annotator, AnnotatorOptions } from './annotator';
import { createObservedAnnotator } from './test-annotator';
import { findFixedNames } from './mentions/fixed-names';
import { createMemoryHighlightRegistry, type HighlightRegistry } from './highlights/highlight';
import { NearViewport, type ViewportMetrics } from './highlights/near-viewport';
import type { PublisherOptions } from './highlights/highlight-publisher';

let annotator: Annotator | undefined;
afterEach(() => {
  annotator?.dispose();
  annotator = undefined;
});

interface Tuning {
  options?: Partial<Omit<AnnotatorOptions, 'publish'>>;
  nextFrame?: PublisherOptions['nextFrame'];
}

/** `count` paragraphs 100 px high, each naming 阿里雲 once; a 500 px viewport. */
function setup(count: number, limit: number, tuning: Tuning = {}) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>${i} 阿里雲</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  const view: ViewportMetrics = { height: 500, scrollY: 0, layoutKey: count * 100 };
  const rectOf = (el: Element) => {
    const top = paragraphs.indexOf(el as HTMLParagraphElement) * 100 - view.scrollY;
    return { top, bottom: top + 100 };
  };
  let registry: HighlightRegistry | undefined;
  annotator = createObservedAnnotator({
    doc: document,
    findMentions: findFixedNames({ 阿里雲: { type: 'org' } }),
    registry: () => (registry = createMemoryHighlightRegistry()),
    minIntervalMs: 0,
    yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    ...tuning.options,
    publish: {
      nearViewportAbove: limit,
      nearViewport: (win) =>
        new NearViewport(win, { screensAround: 1, rectOf, metrics: () => view }),
      nextFrame: tuning.nextFrame,
    },
  });
  /** Numbers of the paragraphs whose mention is registered now. */
  const registered = () =>
    (registry?.shownRanges('org') ?? [])
      .map((r) => paragraphs.indexOf(r.startContainer.parentElement as HTMLParagraphElement))
      .sort((a, b) => a - b);
  const scrollTo = async (y: number) => {
    view.scrollY = y;
    document.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 150));
  };
  return { annotator, paragraphs, registered, scrollTo };
}

/** New blocks are measured at the next animation frame. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('up to the limit, every mention is registered', async () => {
  const { annotator, registered } = setup(30, 30);
  await annotator.start();
  expect(registered()).toEqual(range(0, 29));
});

test('above it, mentions near the viewport are, and the others follow the scroll', async () => {
  const { annotator, registered, scrollTo } = setup(60, 20);
  await annotator.start();
  await nextFrame();
  // Viewport 0–500 and a screen below it: paragraphs 0–9.
  expect(registered()).toEqual(range(0, 9));
  // Every mention is still known to the hit-test index and the popup.
  expect(annotator.mentions()).toHaveLength(60);
  await scrollTo(3000);
  expect(registered()).toEqual(range(25, 39));
  await scrollTo(0);
  expect(registered()).toEqual(range(0, 9));
});

test('switched off and on, it is the near ones that come back', async () => {
  const { annotator, registered } = setup(60, 20);
  await annotator.start();
  await nextFrame();
  annotator.setEnabled(false);
  expect(registered()).toEqual([]);
  annotator.setEnabled(true);
  expect(registered()).toEqual(range(0, 9));
});

test('when the page drops most of its text, all that is left is registered again', async () => {
  const { annotator, paragraphs, registered } = setup(60, 20);
  await annotator.start();
  for (const p of paragraphs.slice(0, 52)) p.remove();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await annotator.idle();
  expect(registered()).toEqual(range(52, 59));
});

test('blocks placed while the first scan runs light up with its batches, not each on its own', async () => {
  let busy = false;
  /** Per batch placed while it scanned: how many ranges were registered just after it. */
  const registeredAfterPlacing: number[] = [];
  const { annotator, registered } = setup(400, 20, {
    // Every step ends its slice, and the scan's batch clock never reaches its first batch.
    options: { sliceMs: 0, now: () => 0, onStateChange: (state) => (busy = state === 'busy') },
    nextFrame: (run) =>
      void setTimeout(() => {
        run();
        if (busy) registeredAfterPlacing.push(registered().length);
      }, 0),
  });
  await annotator.start();
  expect(registeredAfterPlacing.length).toBeGreaterThan(0);
  expect(registeredAfterPlacing.every((n) => n === 0)).toBe(true);
  // Then the near ones went out together.
  expect(registered()).toEqual(range(0, 9));
});
