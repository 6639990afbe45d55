import { NearViewport, type ViewportMetrics } from './near-viewport';

/** Blocks 100 px high stacked down a page; the viewport is 500 px high. */
function page(count: number) {
  const tops = new Map<Element, number>();
  const blocks = Array.from({ length: count }, (_, i) => {
    const el = document.createElement('p');
    tops.set(el, i * 100);
    return el;
  });
  const view: ViewportMetrics = { height: 500, scrollY: 0, layoutKey: count * 100 };
  const rectOf = (el: Element) => {
    const top = (tops.get(el) ?? 0) - view.scrollY;
    return { top, bottom: top + 100 };
  };
  const near = new NearViewport(window, { screensAround: 1, rectOf, metrics: () => view });
  return { blocks, tops, view, near };
}

test('blocks within a screen of the viewport are near, others not', () => {
  const { blocks, near } = page(40);
  const placed = blocks.map((el) => near.place(el));
  // Viewport 0–500, one screen below: blocks whose top is above 1000 px.
  expect(placed.filter(Boolean)).toHaveLength(10);
  expect(near.has(blocks[9]!)).toBe(true);
  expect(near.has(blocks[10]!)).toBe(false);
});

test('a scroll says which blocks came near and which went away', () => {
  const { blocks, view, near } = page(40);
  for (const el of blocks) near.place(el);
  view.scrollY = 2000;
  const { entered, left } = near.update();
  // Viewport 2000–2500, so 1500–3000 is near: blocks 15 (1500–1600) to 29 (2900–3000).
  expect(entered).toEqual(blocks.slice(15, 30));
  expect(left).toEqual(blocks.slice(0, 10));
  expect(near.update()).toEqual({ entered: [], left: [] });
});

test('when the layout moves, every block is placed again', () => {
  const { blocks, tops, view, near } = page(40);
  for (const el of blocks) near.place(el);
  // Something 3000 px high was inserted at the top: every block moved down.
  for (const el of blocks) tops.set(el, tops.get(el)! + 3000);
  view.layoutKey += 3000;
  view.scrollY = 3000;
  const { entered, left } = near.update();
  expect(entered).toEqual([]);
  expect(left).toEqual([]);
  expect(blocks.filter((el) => near.has(el))).toEqual(blocks.slice(0, 10));
  // The same move inside a scrolling box leaves the page's height as it was.
  for (const el of blocks) tops.set(el, tops.get(el)! - 3000);
  near.markStale();
  expect(near.update().left).toEqual(blocks.slice(0, 10));
});

test('a forgotten block is neither near nor reported again', () => {
  const { blocks, view, near } = page(5);
  for (const el of blocks) near.place(el);
  near.forget(blocks[0]!);
  expect(near.has(blocks[0]!)).toBe(false);
  view.scrollY = 5000;
  expect(near.update().left).toEqual(blocks.slice(1));
});

test('a block taller than many screens is near wherever the viewport is inside it', () => {
  const el = document.createElement('div');
  const view: ViewportMetrics = { height: 500, scrollY: 0, layoutKey: 1 };
  const rectOf = () => ({ top: -view.scrollY, bottom: 20_000 - view.scrollY });
  const near = new NearViewport(window, { screensAround: 1, rectOf, metrics: () => view });
  expect(near.place(el)).toBe(true);
  view.scrollY = 12_345;
  expect(near.update()).toEqual({ entered: [], left: [] });
  expect(near.has(el)).toBe(true);
});

test('a scroll over an unchanged layout measures only the blocks it comes near', () => {
  const { blocks, view } = page(200);
  let reads = 0;
  const near = new NearViewport(window, {
    screensAround: 1,
    rectOf: (el) => {
      reads++;
      const top = blocks.indexOf(el as HTMLParagraphElement) * 100 - view.scrollY;
      return { top, bottom: top + 100 };
    },
    metrics: () => view,
  });
  near.placeEach(blocks, () => {});
  reads = 0;
  view.scrollY = 5000;
  near.update();
  // Buckets around 4500–6000 hold about 20 blocks; not all 200 measured again.
  expect(reads).toBeLessThan(40);
});

test('placing says whether every block lay below the near part of the page', () => {
  const { blocks, near } = page(40);
  // Viewport 0–500, one screen below: the near part ends at 1000 px.
  expect(near.placeEach(blocks.slice(5, 12), () => {})).toBe(false);
  expect(near.placeEach(blocks.slice(10, 20), () => {})).toBe(true);
});
