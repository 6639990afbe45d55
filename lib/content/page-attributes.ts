/**
 * `data-pangzhu-state` on <html> (see DESIGN.md, "The public contract"); its
 * sibling `data-pangzhu-variant` is set by the converter (convert/shown-variant.ts).
 */
import { STATE_ATTRIBUTE } from '../page';

export type ScanState = 'busy' | 'ready';

export function setScanState(doc: Document, state: ScanState): void {
  const root = doc.documentElement;
  if (root.getAttribute(STATE_ATTRIBUTE) !== state) root.setAttribute(STATE_ATTRIBUTE, state);
}
