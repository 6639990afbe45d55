import { createAnnotator } from './annotator';
import { findFixedNames } from './fixed-names';
import { createMemoryHighlightRegistry } from './highlight';

const N = Number(process.env.PAGE_N ?? 3000);

describe('cost', () => {
  it('creates no range and checks no visibility on a page without mentions', async () => {
    document.body.innerHTML = '<p>Nothing to see here, <b>really</b>.</p>'.repeat(200);
    const isVisible = vi.fn(() => true);
    const createRange = vi.spyOn(document, 'createRange');
    const a = createAnnotator({
      doc: document,
      findMentions: findFixedNames({ 華為: { type: 'org' } }),
      registry: () => createMemoryHighlightRegistry(),
      isVisible,
    });
    await a.start();
    expect(isVisible).not.toHaveBeenCalled();
    expect(createRange).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    a.dispose();
    createRange.mockRestore();
  });

  it('never holds the page for long on a large page (slices of ~10 ms)', async () => {
    const para = '<p>今天<b>阿里</b>雲與華為發布新品，馬雲出席。Lorem ipsum dolor sit amet.</p>';
    document.body.innerHTML = `<main>${para.repeat(N)}</main>`;
    let last = performance.now();
    let longest = 0;
    const durations: number[] = [];
    let slices = 0;
    const a = createAnnotator({
      doc: document,
      findMentions: findFixedNames({
        阿里雲: { type: 'org' },
        華為: { type: 'org' },
        馬雲: { type: 'person' },
      }),
      registry: () => createMemoryHighlightRegistry(),
      isVisible: () => true,
      // happy-dom's MutationObserver.observe(subtree) visits every node (~100 ms
      // here); a browser's does not. Measure our own work only.
      observe: false,
      sliceMs: 10,
      yieldToPage: async () => {
        const t = performance.now();
        longest = Math.max(longest, t - last);
        durations.push(t - last);
        slices++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        last = performance.now();
      },
    });
    await a.start();
    longest = Math.max(longest, performance.now() - last); // the last slice
    expect(a.mentions()).toHaveLength(3 * N);
    expect(slices).toBeGreaterThan(1);
    // A slice ends at its first step past the budget. Wall time on a shared
    // CPU (other test workers) can stretch a few slices, so the bound on the
    // longest is loose and the typical slice is checked against the budget.
    const median = [...durations].sort((x, y) => x - y)[durations.length >> 1]!;
    expect(median).toBeLessThan(25);
    expect(longest).toBeLessThan(100);
    console.info(
      `${N} paragraphs: ${slices} slices, median ${median.toFixed(1)} ms, longest ${longest.toFixed(1)} ms`,
    );
    a.dispose();
  });
});
