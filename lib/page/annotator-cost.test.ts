import { createAnnotator } from './annotator';
import { findFixedNames } from './mentions/fixed-names';
import { createMemoryHighlightRegistry } from './highlights/highlight';
import type { FindMentions } from './mentions/types';

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
      watch: () => {},
    });
    await a.start();
    expect(isVisible).not.toHaveBeenCalled();
    expect(createRange).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    a.dispose();
    createRange.mockRestore();
  });

  it('matches no white space between blocks', async () => {
    document.body.innerHTML = '<main>\n<p>華為</p>\n  <p>阿里雲</p>\n</main><span> </span>';
    const find = findFixedNames({ 華為: { type: 'org' }, 阿里雲: { type: 'org' } });
    const a = createAnnotator({
      doc: document,
      findMentions: find,
      registry: () => createMemoryHighlightRegistry(),
      isVisible: () => true,
      watch: () => {},
    });
    await a.start();
    expect(find.calls).toEqual(['華為', '阿里雲']);
    expect(a.mentions()).toHaveLength(2);
    a.dispose();
  });

  // Timed on a clock of our own, so the test says the same on a loaded machine: every
  // character matched costs 1 µs of it (a few times what matching costs), and no task of
  // ours may go much past the slice budget.
  it('cuts a large page into slices of its budget', async () => {
    const N = 600;
    const SLICE_MS = 10;
    const para = (i: number) =>
      `<p>${i}今天<b>阿里</b>雲與華為發布新品，馬雲出席。Lorem ipsum dolor sit amet.</p>`;
    // One job (the body has an inline child): its steps, not its jobs, end the slices.
    const paras = Array.from({ length: N }, (_, i) => para(i)).join('');
    document.body.innerHTML = `<main>${paras}</main><span>完</span>`;
    let clock = 0;
    const find = findFixedNames({
      阿里雲: { type: 'org' },
      華為: { type: 'org' },
      馬雲: { type: 'person' },
    });
    const costly: FindMentions = (text) => {
      clock += text.length / 1000;
      return find(text);
    };
    const slices: number[] = [];
    let sliceStart = 0;
    const a = createAnnotator({
      doc: document,
      findMentions: costly,
      registry: () => createMemoryHighlightRegistry(),
      isVisible: () => true,
      watch: () => {},
      sliceMs: SLICE_MS,
      now: () => clock,
      yieldToPage: async () => {
        slices.push(clock - sliceStart);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = clock;
      },
    });
    await a.start();
    slices.push(clock - sliceStart);
    expect(a.mentions()).toHaveLength(3 * N);
    // A step is a few thousand characters: ~2 ms of this clock past the budget at most.
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_MS + 2.5);
    // Slices are used, not cut short.
    const total = slices.reduce((sum, ms) => sum + ms, 0);
    expect(slices.length).toBeLessThan((total / SLICE_MS) * 1.5 + 1);
    a.dispose();
  });
});
