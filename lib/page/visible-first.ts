import { isBlockElement } from './blocks';

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

/**
 * Puts the chunks on screen first, then those below, then those above.
 * Chunks are assumed to run down the page in document order, so a binary
 * search finds the first visible one with a handful of rect reads.
 */
export function orderVisibleFirst(chunks: Element[], viewportHeight: number): Element[] {
  if (chunks.length < 3) return chunks;
  const rectOf = (i: number) => chunks[i]!.getBoundingClientRect();
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(mid).bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let end = first;
  while (end < chunks.length && rectOf(end).top < viewportHeight) end++;
  return [...chunks.slice(first, end), ...chunks.slice(end), ...chunks.slice(0, first)];
}
