/**
 * Puts the card beside what it explains, never over it: below or above
 * (flip), shifted into the viewport, its height capped to the room there;
 * on a narrow screen, a sheet at the screen's edge (place-sheet.ts).
 * Part of the card's lazily loaded UI (card-ui.tsx): floating-ui is not
 * loaded with the page.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { anchorRects, union, type CardAnchor } from './anchor';
import { placeSheet, unplaceSheet, wantsSheet } from './place-sheet';

interface PlaceOptions {
  /** The card has just opened: a sheet may scroll the page to keep its mention in sight. */
  reveal: boolean;
}

export async function placeCard(
  card: HTMLElement,
  anchor: CardAnchor | null,
  doc: Document,
  { reveal }: PlaceOptions,
): Promise<void> {
  if (wantsSheet(card)) {
    await placeSheet(card, anchor, doc, reveal);
    return;
  }
  unplaceSheet(card);
  if (!anchor) {
    card.dataset.placed = 'true';
    return;
  }
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
