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
export function nodeIndexAt(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((run.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where node `i`'s text ends in the run's text, as the run read it. */
export function nodeEndAt(run: TextRun, i: number): number {
  return i + 1 < run.starts.length ? run.starts[i + 1]! : run.text.length;
}

/** Whether `node` is in a document that still has its window (a frame's may be unloaded). */
export function isNodeLive(node: Node): boolean {
  return node.isConnected && node.ownerDocument?.defaultView != null;
}

/**
 * Whether the text nodes holding `[start, end)` of the run, the ones its segments would
 * be made of (segmentsOf), are all live: without making the segments.
 */
export function spanIsLive(run: TextRun, start: number, end: number): boolean {
  for (let i = nodeIndexAt(run, start); i < run.nodes.length && run.starts[i]! < end; i++) {
    if (Math.min(end, nodeEndAt(run, i)) <= Math.max(start, run.starts[i]!)) continue;
    if (!isNodeLive(run.nodes[i]!)) return false;
  }
  return true;
}

/** Whether `[start, end)` is a stretch of the run's text that holds something. */
export function isSpanOf(run: TextRun, start: number, end: number): boolean {
  return start >= 0 && end > start && end <= run.text.length;
}

/**
 * A segment made with `new`: a page keeps thousands, and the engine switches a literal
 * whose objects survive to old-space allocation mid-scan, throwing away the optimised
 * code that inlined it (new-figure.ts says more).
 */
class TextSegment implements Segment {
  constructor(
    readonly node: Text,
    readonly start: number,
    readonly end: number,
  ) {}
}

/**
 * The text-node stretches covering `[start, end)` of the run, skipping empty
 * ones, so a range starts inside the node of its first character and ends
 * inside the node of its last one.
 */
export function segmentsOf(run: TextRun, start: number, end: number): Segment[] {
  if (!isSpanOf(run, start, end)) return [];
  const first = nodeIndexAt(run, start);
  const firstStart = run.starts[first]!;
  // Most mentions lie in one text node: one segment in an array of its size (an array
  // grown by push starts with room for 17, and a dense page has ~12 000 mentions), made
  // by `Array.of`, not a literal, for the reason TextSegment gives.
  if (end <= nodeEndAt(run, first)) {
    return Array.of(new TextSegment(run.nodes[first]!, start - firstStart, end - firstStart));
  }
  const segments: Segment[] = [];
  // Each node's length as the run read it, not as it is now: a node the page has
  // changed since is in a block queued for a rescan, whose mentions replace these.
  for (let i = first; i < run.nodes.length && run.starts[i]! < end; i++) {
    const nodeStart = run.starts[i]!;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEndAt(run, i)) - nodeStart;
    if (to > from) segments.push(new TextSegment(run.nodes[i]!, from, to));
  }
  return segments;
}
