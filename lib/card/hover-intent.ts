/**
 * Hover intent: one hit-test per animation frame at the last pointer position;
 * a mention the pointer rests on for `hoverDelay` opens; leaving both the
 * mention and the card closes after `closeDelay`, so the pointer can cross
 * the gap between them. A finger does not hover: touch is tap-intent.ts's.
 */
import type { PageMention } from '../page/mentions/types';

export interface HoverIntentOptions {
  doc: Document;
  mentionAt: (x: number, y: number) => PageMention | null;
  /** Whether an event's path goes through the card (the pointer is inside it). */
  isInCard: (event: Event) => boolean;
  /** The mention whose card is open, if it was opened by hovering or otherwise. */
  shownMention: () => PageMention | null;
  /** Whether the open card was opened by hovering (only those close on leaving). */
  openedByHover: () => boolean;
  /** The pointer came to rest on a mention: a card is likely, get ready (cheaply). */
  onIntent?: (pm: PageMention) => void;
  onOpen: (pm: PageMention) => void;
  onLeave: () => void;
  hoverDelay: number;
  closeDelay: number;
  signal: AbortSignal;
}

export interface HoverIntent {
  /** Forgets a pending open and a pending close (a card was opened some other way). */
  cancel(): void;
}

export function watchHoverIntent(options: HoverIntentOptions): HoverIntent {
  const { doc, hoverDelay, closeDelay, signal } = options;
  let pending: PageMention | null = null;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let pointer = { x: 0, y: 0, inCard: false };

  const cancelIntent = () => {
    clearTimeout(intentTimer);
    intentTimer = undefined;
    pending = null;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  function hitTest(): void {
    frame = 0;
    if (pointer.inCard) {
      cancelIntent();
      cancelClose();
      return;
    }
    const pm = options.mentionAt(pointer.x, pointer.y);
    if (pm && pm === options.shownMention()) {
      cancelIntent();
      cancelClose();
      return;
    }
    if (pm) {
      if (pm !== pending) {
        cancelIntent();
        pending = pm;
        options.onIntent?.(pm);
        intentTimer = setTimeout(() => {
          pending = null;
          options.onOpen(pm);
        }, hoverDelay);
      }
      return;
    }
    cancelIntent();
    if (options.openedByHover() && closeTimer === undefined) {
      closeTimer = setTimeout(() => {
        closeTimer = undefined;
        options.onLeave();
      }, closeDelay);
    }
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY, inCard: options.isInCard(event) };
      if (!frame) frame = requestAnimationFrame(hitTest);
    },
    { passive: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      cancelIntent();
      cancelClose();
    },
    { once: true },
  );

  return {
    cancel() {
      cancelIntent();
      cancelClose();
    },
  };
}
