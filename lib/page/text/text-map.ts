/**
 * The text of one run: consecutive text nodes between two block boundaries,
 * concatenated. Maps offsets in that string back to (text node, offset) so a
 * mention split by inline markup (`<b>阿里</b>雲`) becomes one range.
 */
import type { Segment } from '../mentions/types';

export interface TextRun {
  /** The block element (or shadow root) the run belongs to. */
  readonly owner: Node;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

/** Most runs are one text node: they share their offsets. */
export const ONE_NODE_STARTS: readonly number[] = [0];

/** `texts`, when given, are the nodes' data as already read (each read is a call into the DOM). */
export function createTextRun(
  owner: Node,
  nodes: readonly Text[],
  texts: readonly string[] = nodes.map((node) => node.data),
): TextRun {
  if (texts.length === 1) return { owner, nodes, starts: ONE_NODE_STARTS, text: texts[0]! };
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length;
  }
  return { owner, nodes, starts, text: texts.join('') };
}

/** Index of the node holding offset `offset` (the last node starting at or before it). */
function nodeIndexAt(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((run.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node stretches covering `[start, end)` of the run, skipping empty
 * ones, so a range starts inside the node of its first character and ends
 * inside the node of its last one.
 */
export function segmentsOf(run: TextRun, start: number, end: number): Segment[] {
  if (end <= start || start < 0 || end > run.text.length) return [];
  const first = nodeIndexAt(run, start);
  const firstStart = run.starts[first]!;
  const firstEnd = first + 1 < run.starts.length ? run.starts[first + 1]! : run.text.length;
  // Most mentions lie in one text node: one segment in an array of its size (an array
  // grown by push starts with room for 17, and a dense page has ~12 000 mentions).
  if (end <= firstEnd) {
    return [{ node: run.nodes[first]!, start: start - firstStart, end: end - firstStart }];
  }
  const segments: Segment[] = [];
  for (let i = first; i < run.nodes.length; i++) {
    const node = run.nodes[i];
    const nodeStart = run.starts[i];
    if (node === undefined || nodeStart === undefined || nodeStart >= end) break;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    if (to > from) segments.push({ node, start: from, end: to });
  }
  return segments;
}
