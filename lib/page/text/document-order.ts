/**
 * Document order across shadow trees and same-origin frames, which
 * `compareDocumentPosition` does not give (it calls nodes in different trees
 * disconnected). Each node is lifted to its host (or frame element) until
 * both sit in one tree; a shadow tree counts as coming before its host's
 * light children, as it is usually rendered.
 */

function liftOnce(node: Node): Node | null {
  const root = node.getRootNode();
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (root as ShadowRoot).host ?? null;
  if (root.nodeType === Node.DOCUMENT_NODE) {
    try {
      return (root as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** `node`, then its host/frame, its host's host… */
function chain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = liftOnce(n)) out.push(n);
  return out;
}

/** Negative when `a` comes first, positive when `b` does, 0 when the same node. */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const ca = chain(a);
  const cb = chain(b);
  // Walk both chains from the outermost tree in.
  let i = ca.length - 1;
  let j = cb.length - 1;
  while (i >= 0 && j >= 0) {
    const x = ca[i]!;
    const y = cb[j]!;
    if (x !== y) {
      if (x.getRootNode() !== y.getRootNode()) return 0;
      const pos = x.compareDocumentPosition(y);
      if (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
      if (pos & Node.DOCUMENT_POSITION_CONTAINS) return 1;
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    i--;
    j--;
  }
  // One chain ends at a host (or frame) of the other: the one that went deeper is inside it.
  return i < 0 ? -1 : 1;
}
