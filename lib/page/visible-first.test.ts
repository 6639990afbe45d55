import { orderVisibleFirst, topLevelChunks } from './visible-first';

describe('topLevelChunks', () => {
  it('goes down through lone wrappers to the blocks of the page', () => {
    document.body.innerHTML =
      '<div id="app"><div id="inner"><header></header><main></main><footer></footer></div></div>';
    expect(topLevelChunks(document.body).map((e) => e.localName)).toEqual([
      'header',
      'main',
      'footer',
    ]);
  });

  it('keeps a wrapper whole when it has text or inline children of its own', () => {
    document.body.innerHTML = '<div id="a"><p>甲</p>阿里<p>乙</p></div>';
    expect(topLevelChunks(document.body).map((e) => e.id)).toEqual(['a']);
    document.body.innerHTML = '<span>阿里</span><span>雲</span>';
    expect(topLevelChunks(document.body)).toEqual([document.body]);
  });
});

describe('orderVisibleFirst', () => {
  afterEach(() => vi.restoreAllMocks());

  it('puts the chunks in view first, then below, then above, with few rect reads', () => {
    document.body.innerHTML = '<section></section>'.repeat(100);
    const chunks = [...document.querySelectorAll('section')];
    const scrollY = 2000; // each chunk 100 px tall: 20–27 are in an 800 px viewport
    let reads = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      reads++;
      const top = chunks.indexOf(this as HTMLElement) * 100 - scrollY;
      return {
        top,
        bottom: top + 100,
        left: 0,
        right: 100,
        width: 100,
        height: 100,
        x: 0,
        y: top,
      } as DOMRect;
    });
    const ordered = orderVisibleFirst(chunks, 800).map((c) => chunks.indexOf(c as HTMLElement));
    expect(ordered.slice(0, 8)).toEqual([20, 21, 22, 23, 24, 25, 26, 27]);
    expect(ordered.slice(8, 11)).toEqual([28, 29, 30]);
    expect(ordered.slice(-2)).toEqual([18, 19]);
    expect([...ordered].sort((a, b) => a - b)).toEqual(chunks.map((_, i) => i));
    expect(reads).toBeLessThan(20);
  });
});
