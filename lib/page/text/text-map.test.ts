import { createTextRun, isSpanOf, nodeEndAt, nodeIndexAt, segmentsOf } from './text-map';
import { paragraphRun as runOf } from './test-run';

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

  it('finds the node holding an offset, and where its text ends', () => {
    const run = runOf('今天<b>阿里</b>雲說');
    expect([0, 1, 2, 3, 4, 5].map((offset) => nodeIndexAt(run, offset))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect([0, 1, 2].map((i) => nodeEndAt(run, i))).toEqual([2, 4, 6]);
    expect(isSpanOf(run, 2, 4)).toBe(true);
    expect(isSpanOf(run, 3, 3)).toBe(false);
    expect(isSpanOf(run, -1, 2)).toBe(false);
    expect(isSpanOf(run, 5, 7)).toBe(false);
  });

  it('cuts a span at the node lengths the run read, whatever the page did since', () => {
    const run = runOf('今天<b>阿里</b>雲說');
    const [, bold] = run.nodes;
    // The page changes the text after the scan (its block is then queued for a rescan).
    bold!.data = '阿里巴巴集團';
    expect(segmentsOf(run, 2, 5).map((s) => [s.node, s.start, s.end])).toEqual([
      [bold, 0, 2],
      [run.nodes[2], 0, 1],
    ]);
  });
});
