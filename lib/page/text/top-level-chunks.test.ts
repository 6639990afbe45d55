import { topLevelChunks } from './top-level-chunks';

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
