/**
 * The first cut of a page for annotation: its top-level blocks, each scanned
 * as a job of its own so the ones on screen can go first.
 */
import { isBlockElement } from '../../dom/rules';

/**
 * Splits a body into the top-level blocks to scan, in document order: down
 * through lone wrappers (`<div id="app">`), then the wrapper's children, but
 * only when they are all blocks and it holds no text of its own (so no name
 * is cut between two chunks).
 */
export function topLevelChunks(body: Element): Element[] {
  let node = body;
  for (;;) {
    const children = [...node.children];
    const hasOwnText = [...node.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '',
    );
    if (hasOwnText || children.length === 0 || node.shadowRoot) return [node];
    if (!children.every(isBlockElement)) return [node];
    const only = children.length === 1 ? children[0] : undefined;
    if (!only) return children;
    node = only;
  }
}
