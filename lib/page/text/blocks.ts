/**
 * The block a changed node belongs to: the unit annotation scans again when
 * the page changes. What counts as a block, and what is skipped, is decided in
 * lib/dom/rules.ts.
 */
import { composedParent, isBlockElement } from '../../dom/rules';

/**
 * The nearest block element or shadow root holding `node` (itself if it is a
 * block): the unit that is scanned again when `node` changes.
 */
export function blockRootOf(node: Node): Element | ShadowRoot | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isBlockElement(n as Element)) return n as Element;
    if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      return (n as ShadowRoot).host ? (n as ShadowRoot) : null;
    }
    if (n.nodeType === Node.DOCUMENT_NODE) return (n as Document).body;
  }
  return null;
}

/** Walks up from `node` across shadow roots; used to test membership in a set of roots. */
export function* composedAncestors(node: Node): Generator<Node> {
  for (let n: Node | null = node; n; n = composedParent(n)) yield n;
}
