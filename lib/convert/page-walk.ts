/**
 * Conversion's walk over the page: the text nodes and attributes it may
 * change, in document order. Which subtrees it leaves alone is decided in
 * lib/dom/rules.ts, with annotation's.
 */
import { holdsFormValue, isSkipped, type IsOwnUi } from '../dom/rules';

/** Attributes whose text is converted (never `value`: that is the user's). */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Whether a text node (not in a skipped subtree) is prose we may convert. */
function isConvertibleText(node: Text): boolean {
  const parent = node.parentElement;
  return parent !== null && !holdsFormValue(parent.localName);
}

function hasConvertedAttribute(el: Element): boolean {
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
  if (isSkipped(root, 'conversion', isOwnUi)) return;
  if (hasConvertedAttribute(root)) yield root;
  if (holdsFormValue(root.localName)) return;
  // A plain walk, not a TreeWalker with a filter: that calls back into
  // script for every node, which was most of the walk's time.
  let node: Node | null = root.firstChild;
  while (node) {
    let next: Node | null = null;
    if (node.nodeType === Node.TEXT_NODE) {
      yield node as Text;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (!isSkipped(el, 'conversion', isOwnUi, name)) {
        if (hasConvertedAttribute(el)) yield el;
        // A textarea's text is its value: attributes only.
        if (!holdsFormValue(name)) next = el.firstChild;
      }
    }
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
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
