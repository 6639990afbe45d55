/**
 * Closing a sheet with a finger: a swipe on its grab handle or header
 * towards the screen's edge (down for a bottom sheet, up for a top one)
 * drags the sheet along and, past a short distance, closes it; a shorter
 * one lets it spring back. Only those two parts take the gesture (their
 * `touch-action: none`): the sheet's content and the page scroll as ever.
 * Part of the card's lazily loaded UI.
 */

/** How far a swipe must drag the sheet to close it, in CSS pixels. */
const SWIPE_CLOSE_PX = 64;

const HANDLES = '.grab, .head';

export function watchSheetSwipe(card: HTMLElement, onClose: () => void, signal: AbortSignal): void {
  let drag: { id: number; y: number; toEdge: 1 | -1; by: number } | null = null;
  const opts = { signal, passive: true };
  const settle = () => {
    drag = null;
    card.style.transform = '';
    delete card.dataset.dragging;
  };

  card.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch' || card.dataset.layout !== 'sheet') return;
      const onHandle = event
        .composedPath()
        .some((node) => node instanceof Element && card.contains(node) && node.matches(HANDLES));
      if (!onHandle || (event.target instanceof Element && event.target.closest('button'))) return;
      drag = {
        id: event.pointerId,
        y: event.clientY,
        toEdge: card.dataset.edge === 'top' ? -1 : 1,
        by: 0,
      };
    },
    opts,
  );
  card.addEventListener(
    'pointermove',
    (event) => {
      if (drag?.id !== event.pointerId) return;
      drag.by = Math.max(0, (event.clientY - drag.y) * drag.toEdge);
      card.dataset.dragging = '';
      card.style.transform = `translateY(${drag.by * drag.toEdge}px)`;
    },
    opts,
  );
  card.addEventListener(
    'pointerup',
    (event) => {
      if (drag?.id !== event.pointerId) return;
      const by = Math.max(0, (event.clientY - drag.y) * drag.toEdge);
      settle();
      if (by >= SWIPE_CLOSE_PX) onClose();
    },
    opts,
  );
  card.addEventListener('pointercancel', settle, opts);
  signal.addEventListener('abort', settle, { once: true });
}
