/**
 * Which mention is under a point, at a selection's focus, or next in document
 * order: what hovering, looking up a selection and walking from mention to
 * mention ask of the page. Answers from caret positions, checked against the
 * mention's boxes.
 */
import type { MentionIndex } from '../mentions/mention-index';
import type { PageMention } from '../mentions/types';

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position under a point: the standard API first (Firefox, Chrome ≥ 128), then WebKit's. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live range over a mention's current text (for measuring, scrolling, selecting). */
export function liveRangeOf(mention: PageMention): Range | null {
  const first = mention.segments[0];
  const last = mention.segments[mention.segments.length - 1];
  const doc = first?.node.ownerDocument;
  if (!first || !last || !doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  } catch {
    return null; // the text changed under us and is not yet rescanned
  }
}

/**
 * Caret APIs snap to the nearest character even when the pointer is in a
 * margin or past the end of a line: the point must lie in one of the
 * mention's boxes.
 */
function isPointInside(mention: PageMention, x: number, y: number): boolean {
  const range = liveRangeOf(mention);
  if (!range) return false;
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

export interface PointOptions {
  /** Open shadow roots the caret API may look into. */
  shadowRoots?: ShadowRoot[];
  /** Same-origin frames whose documents are annotated. */
  frames?: ReadonlySet<Element>;
}

/** The mention under a viewport point of `doc`, or null. */
export function mentionAtPoint(
  index: MentionIndex,
  doc: Document,
  x: number,
  y: number,
  options: PointOptions = {},
): PageMention | null {
  if (options.frames && options.frames.size > 0) {
    const el = doc.elementFromPoint?.(x, y);
    const frame = el && options.frames.has(el) ? (el as HTMLIFrameElement) : null;
    const inner = frame?.contentDocument;
    if (frame && inner) {
      const box = frame.getBoundingClientRect();
      return mentionAtPoint(
        index,
        inner,
        x - box.left - frame.clientLeft,
        y - box.top - frame.clientTop,
        options,
      );
    }
  }
  const caret = caretAt(doc, x, y, options.shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  return index.at(caret.node as Text, caret.offset).find((m) => isPointInside(m, x, y)) ?? null;
}

/** A text position for a boundary point that may sit between elements. */
function textPosition(node: Node, offset: number): CaretPoint | null {
  if (node.nodeType === Node.TEXT_NODE) return { node, offset };
  const child = node.childNodes[offset] ?? null;
  if (child?.nodeType === Node.TEXT_NODE) return { node: child, offset: 0 };
  const before = offset > 0 ? node.childNodes[offset - 1] : null;
  if (before?.nodeType === Node.TEXT_NODE) {
    return { node: before, offset: (before as Text).data.length };
  }
  return null;
}

/** The mention at a selection's focus (a caret moved with the keyboard, or a selection's end). */
export function mentionAtSelection(index: MentionIndex, selection: Selection): PageMention | null {
  if (selection.rangeCount === 0 || !selection.focusNode) return null;
  const pos = textPosition(selection.focusNode, selection.focusOffset);
  if (!pos) return null;
  return index.at(pos.node as Text, pos.offset)[0] ?? null;
}

/** The next (or previous) mention in document order; from the start (or end) when `from` is null. */
export function nextMention(
  index: MentionIndex,
  from: PageMention | null,
  direction: 1 | -1,
): PageMention | null {
  const list = index.ordered();
  if (list.length === 0) return null;
  if (!from) return (direction > 0 ? list[0] : list[list.length - 1]) ?? null;
  const i = list.indexOf(from);
  if (i < 0) return null;
  return list[i + direction] ?? null;
}
