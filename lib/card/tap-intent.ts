/**
 * Tap intent: on a touch pointer, a short tap that stays in place opens the
 * mention under it (or moves the card there) and a tap elsewhere closes the
 * card. A finger that moves past a small slop, is cancelled (the browser
 * scrolls) or rests (a long-press selects text) opens nothing, and a tap on
 * a link or a control is the page's: we never call preventDefault, so
 * scrolling, selection and links work as before. Mouse and pen are hover's.
 */
import type { PageMention } from '../page/mentions/types';

export interface TapIntentOptions {
  doc: Document;
  mentionAt: (x: number, y: number) => PageMention | null;
  /** Whether an event's path goes through the card (its own buttons handle those taps). */
  isInCard: (event: Event) => boolean;
  onOpen: (pm: PageMention) => void;
  /** A tap that opened nothing, outside the card. */
  onTapOutside: () => void;
  signal: AbortSignal;
}

/** How far a finger may drift and still tap, in CSS pixels. */
export const TAP_SLOP_PX = 10;
/** From this long on a touch is a long-press (the browser's: selection, link menu). */
export const LONG_PRESS_MS = 500;

/** Elements whose tap is the page's: following a link, pressing a control. */
const PAGE_OWNS_TAP = 'a[href], area[href], button, label, summary, select, input, textarea';

function isPageTapTarget(event: Event): boolean {
  return event
    .composedPath()
    .some((node) => node instanceof Element && node.matches(PAGE_OWNS_TAP));
}

export interface TapIntent {
  /** Whether the reader's last pointer was a finger (before any: whether the screen is touch-first). */
  isTouchReader(): boolean;
}

export function watchTapIntent(options: TapIntentOptions): TapIntent {
  const { doc, signal } = options;
  let touchReader = doc.defaultView?.matchMedia('(pointer: coarse)').matches === true;
  let touch: { id: number; x: number; y: number; at: number } | null = null;
  const opts = { passive: true, capture: true, signal };

  doc.addEventListener(
    'pointerdown',
    (event) => {
      touchReader = event.pointerType === 'touch';
      touch =
        event.pointerType === 'touch' && event.isPrimary
          ? { id: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp }
          : null;
    },
    opts,
  );
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (touch?.id !== event.pointerId) return;
      if (Math.hypot(event.clientX - touch.x, event.clientY - touch.y) > TAP_SLOP_PX) touch = null;
    },
    opts,
  );
  doc.addEventListener(
    'pointercancel',
    (event) => {
      if (touch?.id === event.pointerId) touch = null;
    },
    opts,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      const down = touch;
      touch = null;
      if (down?.id !== event.pointerId || event.timeStamp - down.at >= LONG_PRESS_MS) return;
      if (Math.hypot(event.clientX - down.x, event.clientY - down.y) > TAP_SLOP_PX) return;
      if (options.isInCard(event)) return;
      const pm = isPageTapTarget(event) ? null : options.mentionAt(event.clientX, event.clientY);
      if (pm) options.onOpen(pm);
      else options.onTapOutside();
    },
    opts,
  );
  return { isTouchReader: () => touchReader };
}
