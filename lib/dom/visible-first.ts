/**
 * What is on screen first: annotation scans the page's blocks and conversion
 * writes its texts in this order, so the reader's screen is done before the
 * rest of a long page.
 */

/** Fewer items than this are not worth a layout read: they keep their order, all taken as on screen. */
const MIN_ITEMS_TO_ORDER = 3;

/** How many items past an item without a box are looked at for one with a box. */
const BOXLESS_PROBE = 16;

/** The box an item is laid out in (a text's parent's), or null when it has none. */
function boxOf(item: Node): DOMRect | null {
  const el = item.nodeType === Node.ELEMENT_NODE ? (item as Element) : item.parentElement;
  if (!el) return null;
  const rect = el.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

/**
 * Puts the items on screen first, then those below it, then those above, and
 * says how many are on screen (at most `maxVisible`). Reads few layout boxes:
 * a binary search for the first item whose box reaches into the viewport
 * (document order follows vertical order closely enough on articles; when it
 * does not, only the priority is off), then a forward scan while boxes start
 * above the viewport's bottom. An item merely touching an edge is off screen.
 */
export function orderVisibleFirst<T extends Node>(
  items: readonly T[],
  viewportHeight: number,
  maxVisible = 3000,
): { items: T[]; onScreen: number } {
  if (items.length < MIN_ITEMS_TO_ORDER) return { items: [...items], onScreen: items.length };
  // Items without a box (hidden, or no layout) say nothing: probe onwards.
  const bottomAt = (i: number): number | null => {
    for (let j = i; j < Math.min(items.length, i + BOXLESS_PROBE); j++) {
      const box = boxOf(items[j]!);
      if (box) return box.bottom;
    }
    return null;
  };
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const bottom = bottomAt(mid);
    if (bottom !== null && bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  // Boxless items where the search landed are hidden, not on screen.
  for (let probe = 0; probe < BOXLESS_PROBE && lo < items.length && !boxOf(items[lo]!); probe++)
    lo++;
  if (lo === items.length) return { items: [...items], onScreen: 0 };
  let end = lo;
  while (end < items.length && end - lo < maxVisible) {
    const box = boxOf(items[end]!);
    if (box && box.top >= viewportHeight) break;
    end++;
  }
  return {
    items: [...items.slice(lo, end), ...items.slice(end), ...items.slice(0, lo)],
    onScreen: end - lo,
  };
}
