/**
 * On a narrow screen the card is a bottom sheet: full width, its height
 * capped, along the bottom edge. It must not hide the mention it explains:
 * when it would, the page scrolls the mention up above it; where the page
 * cannot scroll so far, the sheet goes to the top edge, or takes the side
 * with more room and fits itself there. Part of the card's lazily loaded UI.
 */
import { anchorRects, union, type CardAnchor } from './anchor';

/** Below this width a card is a sheet (CSS pixels of the card's window). */
const SHEET_QUERY = '(max-width: 600px)';

/** Room kept between the mention and the sheet, in CSS pixels. */
const GAP_PX = 8;
/** When the page scrolls anyway, it leaves this much (two lines or so) of the text after the mention in sight. */
const CONTEXT_PX = 48;
/** A sheet fitted to the room beside its mention is never shorter than this. */
const MIN_SHEET_PX = 120;

export interface SheetPlan {
  edge: 'bottom' | 'top';
  /** How far to scroll the page down first. */
  scrollBy: number;
  /** A height cap tighter than the sheet's own, when neither side holds all of it. */
  maxHeight?: number;
}

/**
 * Where a sheet of `sheetHeight` goes in a viewport of `viewportHeight` so that
 * the mention's box (`top`, `bottom`, viewport coordinates) stays in sight; the
 * page may scroll down by at most `canScroll`.
 */
export function planSheet(
  mention: { top: number; bottom: number },
  viewportHeight: number,
  sheetHeight: number,
  canScroll: number,
): SheetPlan {
  const sheetTop = viewportHeight - sheetHeight;
  if (mention.bottom + GAP_PX <= sheetTop) return { edge: 'bottom', scrollBy: 0 };
  const need = Math.ceil(mention.bottom + GAP_PX - sheetTop);
  // Scroll no further than keeps the mention's top in sight.
  const most = Math.max(0, Math.floor(Math.min(canScroll, mention.top - GAP_PX)));
  if (need <= most) {
    return { edge: 'bottom', scrollBy: Math.min(most, need + CONTEXT_PX - GAP_PX) };
  }
  const above = mention.top - GAP_PX;
  if (above >= sheetHeight) return { edge: 'top', scrollBy: 0 };
  const below = viewportHeight - (mention.bottom - most) - GAP_PX;
  return below >= above
    ? { edge: 'bottom', scrollBy: most, maxHeight: Math.max(MIN_SHEET_PX, Math.floor(below)) }
    : { edge: 'top', scrollBy: 0, maxHeight: Math.max(MIN_SHEET_PX, Math.floor(above)) };
}

/**
 * Resolves once the page is in sight and has stopped scrolling (the scroll that
 * took the reader to the mention, e.g. from the popup), at most ~1.5 s later.
 */
async function untilScrollRests(view: Window): Promise<void> {
  const doc = view.document;
  while (doc.visibilityState === 'hidden') {
    await new Promise((resolve) =>
      doc.addEventListener('visibilitychange', resolve, { once: true }),
    );
  }
  let last = NaN;
  let still = 0;
  for (let frame = 0; frame < 90 && still < 2; frame++) {
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
    still = view.scrollY === last ? still + 1 : 0;
    last = view.scrollY;
  }
}

/**
 * Lays the card out as a sheet. `reveal` (the card just opened) lets it scroll
 * the page, once a scroll that took the reader to the mention has ended; while
 * the reader scrolls, a sheet already placed (or being placed) stays as it is.
 */
export async function placeSheet(
  card: HTMLElement,
  anchor: CardAnchor | null,
  doc: Document,
  reveal: boolean,
): Promise<void> {
  const view = card.ownerDocument.defaultView;
  if (!reveal && (card.dataset.layout === 'sheet' || card.dataset.placed === 'false')) return;
  card.dataset.layout = 'sheet';
  card.dataset.edge = 'bottom';
  card.style.left = '';
  card.style.top = '';
  card.style.maxHeight = '';
  card.style.transform = '';
  if (anchor && view) {
    if (reveal) await untilScrollRests(view);
    const box = union(anchorRects(anchor, doc));
    const scroller = doc.scrollingElement ?? doc.documentElement;
    const canScroll = reveal ? scroller.scrollHeight - view.innerHeight - view.scrollY : 0;
    const plan = planSheet(box, view.innerHeight, card.offsetHeight, Math.max(0, canScroll));
    card.dataset.edge = plan.edge;
    if (plan.maxHeight !== undefined) card.style.maxHeight = `${plan.maxHeight}px`;
    if (plan.scrollBy > 0) {
      const still = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
      view.scrollBy({ top: plan.scrollBy, behavior: still ? 'instant' : 'smooth' });
    }
  }
  card.dataset.placed = 'true';
}

/** Back to the floating card (the window grew past the sheet's width). */
export function unplaceSheet(card: HTMLElement): void {
  if (card.dataset.layout !== 'sheet') return;
  delete card.dataset.layout;
  delete card.dataset.edge;
  card.style.maxHeight = '';
  card.style.transform = '';
}

export function wantsSheet(card: HTMLElement): boolean {
  return card.ownerDocument.defaultView?.matchMedia(SHEET_QUERY).matches === true;
}
