import { createTextRun, segmentsOf } from './text-map';

function runOf(html: string) {
  document.body.innerHTML = `<p>${html}</p>`;
  const p = document.querySelector('p')!;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return createTextRun(p, nodes);
}

describe('text map', () => {
  it('concatenates text nodes and records where each starts', () => {
    const run = runOf('今天<b>阿里</b>雲<i></i>說');
    expect(run.text).toBe('今天阿里雲說');
    expect(run.starts).toEqual([0, 2, 4, 5]);
  });

  it('maps a mention split by inline markup to one segment per node', () => {
    const run = runOf('今天<b>阿里</b>雲說');
    const segments = segmentsOf(run, 2, 5);
    expect(segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['阿里', 0, 2],
      ['雲說', 0, 1],
    ]);
  });

  it('skips empty text nodes and nodes the mention only touches', () => {
    const run = createTextRun(document.body, [
      document.createTextNode('ab'),
      document.createTextNode(''),
      document.createTextNode('cd'),
    ]);
    expect(segmentsOf(run, 2, 4).map((s) => [s.node.data, s.start, s.end])).toEqual([['cd', 0, 2]]);
    expect(segmentsOf(run, 1, 3).map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['ab', 1, 2],
      ['cd', 0, 1],
    ]);
  });

  it('refuses empty or out-of-bounds spans', () => {
    const run = runOf('abc');
    expect(segmentsOf(run, 1, 1)).toEqual([]);
    expect(segmentsOf(run, 2, 9)).toEqual([]);
  });

  it('counts UTF-16 code units (astral characters take two)', () => {
    const run = runOf('𠮷<b>野家</b>');
    expect(segmentsOf(run, 2, 4).map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['野家', 0, 2],
    ]);
  });
});
