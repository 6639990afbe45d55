/** Attributes whose text is converted (never `value`: that is the user's). */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

// Subtrees never converted, text nor attributes: code and data, not prose.
// svg/math: their <text>/<title> are mostly labels tied to drawings.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
// Elements whose text children are a form value: attributes only.
const TEXT_SKIPPED = new Set(['textarea']);

export type IsOwnUi = (el: Element) => boolean;

/** Whether the subtree of `el` is off limits (regardless of its ancestors). */
export function isSkippedElement(el: Element, isOwnUi: IsOwnUi): boolean {
  if (SKIPPED.has(el.localName)) return true;
  // Most elements have no attribute at all: one call instead of two.
  if (!el.hasAttributes()) return isOwnUi(el);
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.hasAttribute('data-pangzhu-ui') || isOwnUi(el);
}

/** Whether `node` lies in (or is) an element whose subtree is off limits. */
export function isInSkippedSubtree(node: Node, isOwnUi: IsOwnUi): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, isOwnUi)) return true;
  }
  return false;
}

/** Whether a text node (not in a skipped subtree) is prose we may convert. */
export function isConvertibleText(node: Text): boolean {
  const parent = node.parentElement;
  return parent !== null && !TEXT_SKIPPED.has(parent.localName);
}

export function hasConvertedAttribute(el: Element): boolean {
  return el.hasAttributes() && CONVERTED_ATTRIBUTES.some((name) => el.hasAttribute(name));
}

/**
 * Yields, in document order, the text nodes and the attribute-bearing
 * elements under `root` that conversion may change. The caller is expected
 * to have checked that `root` itself is not in a skipped subtree.
 */
export function* walkTargets(root: Node, isOwnUi: IsOwnUi): Generator<Text | Element> {
  if (root.nodeType === Node.TEXT_NODE) {
    if (isConvertibleText(root as Text)) yield root as Text;
    return;
  }
  if (!(root instanceof Element)) return;
  if (isSkippedElement(root, isOwnUi)) return;
  if (hasConvertedAttribute(root)) yield root;
  if (TEXT_SKIPPED.has(root.localName)) return;
  // A plain walk, not a TreeWalker with a filter: that calls back into
  // script for every node, which was most of the walk's time.
  let node: Node | null = root.firstChild;
  while (node) {
    let next: Node | null = null;
    if (node.nodeType === Node.TEXT_NODE) {
      yield node as Text;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkippedElement(el, isOwnUi)) {
        if (hasConvertedAttribute(el)) yield el;
        // A textarea's text is its value: attributes only.
        if (!TEXT_SKIPPED.has(el.localName)) next = el.firstChild;
      }
    }
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
}

function rectOf(item: Text | Element): DOMRect | null {
  const el = item instanceof Element ? item : item.parentElement;
  if (!el) return null;
  const rect = el.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

/**
 * Puts the items on screen first, the rest after in document order, and says
 * how many are on screen. Reads few layout boxes: a binary search for the
 * first item whose box reaches the viewport (document order follows vertical
 * order closely enough on articles; when it does not, only the priority is
 * off), then a forward scan while boxes start above the viewport's bottom.
 */
export function orderVisibleFirst<T extends Text | Element>(
  items: readonly T[],
  viewportHeight: number,
  maxVisible = 3000,
): { items: T[]; onScreen: number } {
  // Items without a box (hidden, or no layout) say nothing: probe onwards.
  const bottomAt = (i: number): number | null => {
    for (let j = i; j < Math.min(items.length, i + 16); j++) {
      const rect = rectOf(items[j] as T);
      if (rect) return rect.bottom;
    }
    return null;
  };
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const bottom = bottomAt(mid);
    if (bottom !== null && bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  // Boxless items where the search landed are hidden, not on screen.
  for (let probe = 0; probe < 16 && lo < items.length && !rectOf(items[lo] as T); probe++) lo++;
  if (lo === items.length) return { items: [...items], onScreen: 0 };
  let end = lo;
  while (end < items.length && end - lo < maxVisible) {
    const rect = rectOf(items[end] as T);
    if (rect && rect.top > viewportHeight) break;
    end++;
  }
  const onScreen = end - lo;
  if (lo === 0) return { items: [...items], onScreen };
  return { items: [...items.slice(lo, end), ...items.slice(0, lo), ...items.slice(end)], onScreen };
}

/** Whether the text of `items` from `from` on is longer than `limit` characters. */
export function textLongerThan(
  items: readonly (Text | Element)[],
  from: number,
  limit: number,
): boolean {
  let length = 0;
  for (let i = from; i < items.length && length <= limit; i++) {
    const item = items[i];
    if (item?.nodeType === Node.TEXT_NODE) length += (item as Text).data.length;
  }
  return length > limit;
}

/** The prose text under `root`, up to about `limit` characters, each node read by `textOf`. */
export function sampleText(
  root: Node,
  isOwnUi: IsOwnUi,
  textOf: (text: Text) => string,
  limit: number,
): string {
  let sample = '';
  for (const target of walkTargets(root, isOwnUi)) {
    if (target.nodeType !== Node.TEXT_NODE) continue;
    sample += textOf(target as Text);
    if (sample.length >= limit) break;
  }
  return sample;
}
