/**
 * What a card explains, as boxes on screen: a mention's live range, a
 * selection, or a fixed box, in this document or a same-origin frame.
 */

/** What a card is placed against: a live range (a mention, a selection) or a fixed box. */
export type CardAnchor = Range | DOMRect | Element;

/** Viewport offset of a node's document within `doc` (mentions in same-origin frames). */
function frameOffset(node: Node, doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = node.ownerDocument?.defaultView ?? null;
  while (view && view.document !== doc) {
    const frame = view.frameElement;
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

function shifted(rect: DOMRectReadOnly, by: { x: number; y: number }): DOMRect {
  return new DOMRect(rect.x + by.x, rect.y + by.y, rect.width, rect.height);
}

export function anchorRects(anchor: CardAnchor, doc: Document): DOMRect[] {
  // A DOMRect, possibly from a frame's realm (instanceof fails across realms).
  if (!('getClientRects' in anchor)) return [anchor];
  const node = anchor instanceof Element ? anchor : anchor.startContainer;
  const by = frameOffset(node, doc);
  return [...anchor.getClientRects()].map((r) => shifted(r, by));
}

export function union(rects: readonly DOMRect[]): DOMRect {
  if (rects.length === 0) return new DOMRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Whether any part of the anchor is inside the viewport. */
export function isAnchorVisible(anchor: CardAnchor, doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return anchorRects(anchor, doc).some(
    (r) => r.bottom > 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth,
  );
}
