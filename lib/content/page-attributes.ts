/** The public state attributes on <html> (see DESIGN.md, "The public contract"). */
import { STATE_ATTRIBUTE } from '../page';
import type { Variant } from '../settings/settings';

export type ScanState = 'busy' | 'ready';

export function setScanState(doc: Document, state: ScanState): void {
  const root = doc.documentElement;
  if (root.getAttribute(STATE_ATTRIBUTE) !== state) root.setAttribute(STATE_ATTRIBUTE, state);
}

export function setShownVariant(doc: Document, variant: Variant): void {
  const root = doc.documentElement;
  if (root.getAttribute('data-pangzhu-variant') !== variant) {
    root.setAttribute('data-pangzhu-variant', variant);
  }
}
