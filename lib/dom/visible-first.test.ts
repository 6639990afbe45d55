import { orderVisibleFirst } from './visible-first';

function paragraphs(count: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>段落${i}</p>`).join('');
  return [...document.querySelectorAll('p')] as HTMLElement[];
}

/**
 * Lays the paragraphs out 100 px apart, the viewport scrolled to `scrollY`;
 * the `hidden` ones get no box. Counts the boxes read.
 */
function layOut(elements: HTMLElement[], scrollY: number, hidden = new Set<number>()) {
  const reads = { count: 0 };
  elements.forEach((el, i) => {
    const top = hidden.has(i) ? 0 : i * 100 - scrollY;
    const height = hidden.has(i) ? 0 : 100;
    el.getBoundingClientRect = () => {
      reads.count++;
      return { top, bottom: top + height, height, width: hidden.has(i) ? 0 : 500 } as DOMRect;
    };
  });
  return reads;
}

const indexOf = (ps: HTMLElement[]) => (item: Node) =>
  ps.indexOf((item.nodeType === Node.TEXT_NODE ? item.parentElement : item) as HTMLElement);

describe('orderVisibleFirst', () => {
  it('puts the blocks on screen first, then those below, then those above, with few box reads', () => {
    const ps = paragraphs(100);
    const reads = layOut(ps, 2000);
    const { items, onScreen } = orderVisibleFirst(ps, 800);
    const order = items.map(indexOf(ps));
    // 20–27 are in the 800 px viewport; 28 starts at its bottom edge, 19 ends at its top.
    expect(onScreen).toBe(8);
    expect(order.slice(0, 8)).toEqual([20, 21, 22, 23, 24, 25, 26, 27]);
    expect(order.slice(8, 11)).toEqual([28, 29, 30]);
    expect(order.slice(-2)).toEqual([18, 19]);
    expect([...order].sort((a, b) => a - b)).toEqual(ps.map((_, i) => i));
    expect(reads.count).toBeLessThan(20);
  });

  it('orders texts by their parent’s box, and takes boxless ones for hidden', () => {
    const ps = paragraphs(50);
    layOut(ps, 2000, new Set([19, 25]));
    const texts = ps.map((p) => p.firstChild as Text);
    const { items, onScreen } = orderVisibleFirst(texts, 700);
    const order = items.map(indexOf(ps));
    expect(onScreen).toBe(7);
    expect(order.slice(0, 7)).toEqual([20, 21, 22, 23, 24, 25, 26]);
    expect(order.slice(7, 9)).toEqual([27, 28]);
    expect(order.at(-1)).toBe(19);
    expect(new Set(order).size).toBe(50);
  });

  it('keeps document order when nothing has a layout box', () => {
    const texts = paragraphs(5).map((p) => p.firstChild as Text);
    expect(orderVisibleFirst(texts, 700)).toEqual({ items: texts, onScreen: 0 });
  });

  it('reads no box for fewer than three items', () => {
    const ps = paragraphs(2);
    const reads = layOut(ps, 2000);
    expect(orderVisibleFirst(ps, 700)).toEqual({ items: ps, onScreen: 2 });
    expect(reads.count).toBe(0);
  });
});
