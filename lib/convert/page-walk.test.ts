import { orderVisibleFirst, walkTargets } from './page-walk';

function paragraphs(count: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>段落${i}</p>`).join('');
  return [...document.querySelectorAll('p')] as HTMLElement[];
}

/** Lays the paragraphs out 100 px apart, the viewport scrolled to `scrollY`. */
function layOut(elements: HTMLElement[], scrollY: number, hidden = new Set<number>()): void {
  elements.forEach((el, i) => {
    const top = hidden.has(i) ? 0 : i * 100 - scrollY;
    const height = hidden.has(i) ? 0 : 100;
    el.getBoundingClientRect = () =>
      ({ top, bottom: top + height, height, width: hidden.has(i) ? 0 : 500 }) as DOMRect;
  });
}

describe('orderVisibleFirst', () => {
  it('puts what is on screen first, then the rest in document order', () => {
    const ps = paragraphs(50);
    layOut(ps, 2000, new Set([19, 25]));
    const texts = ps.map((p) => p.firstChild as Text);
    const { items, onScreen } = orderVisibleFirst(texts, 700);
    const order = items.map((t) => t.data);
    expect(onScreen).toBe(8);
    // 20–27 reach into the 700 px viewport (27 starts at its bottom edge).
    expect(order.slice(0, 8)).toEqual([20, 21, 22, 23, 24, 25, 26, 27].map((i) => `段落${i}`));
    expect(order.slice(8, 10)).toEqual(['段落0', '段落1']);
    expect(order.at(-1)).toBe('段落49');
    expect(new Set(order).size).toBe(50);
  });

  it('keeps document order when nothing has a layout box', () => {
    const texts = paragraphs(5).map((p) => p.firstChild as Text);
    expect(orderVisibleFirst(texts, 700)).toEqual({ items: texts, onScreen: 0 });
  });
});

describe('walkTargets', () => {
  it('yields prose text and attribute-bearing elements, not skipped subtrees', () => {
    document.body.innerHTML =
      '<p title="標題">甲<b>乙</b></p><pre>丙</pre><textarea placeholder="丁">戊</textarea>' +
      '<div contenteditable>己</div><div contenteditable="false">庚</div><span data-pangzhu-ui>辛</span>';
    const found = [...walkTargets(document.body, (el) => el.localName === 'span')].map((t) =>
      t instanceof Element ? `<${t.localName}>` : t.data,
    );
    expect(found).toEqual(['<p>', '甲', '乙', '<textarea>', '庚']);
  });
});
