/**
 * Puts the card beside what it explains, never over it: below or above
 * (flip), shifted into the viewport, its height capped to the room there.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

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

function union(rects: readonly DOMRect[]): DOMRect {
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

export async function placeCard(
  card: HTMLElement,
  anchor: CardAnchor,
  doc: Document,
): Promise<void> {
  const reference: VirtualElement = {
    // A mention broken over lines: the first line's box is what the reader points at.
    getBoundingClientRect: () => {
      const rects = anchorRects(anchor, doc);
      return rects[0] ?? union(rects);
    },
    getClientRects: () => anchorRects(anchor, doc),
  };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(120, Math.min(480, availableHeight))}px`;
        },
      }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  card.dataset.placed = 'true';
}
