/** The public state attributes on <html> (see DESIGN.md, "The public contract"). */
import { STATE_ATTRIBUTE } from '../page';

export { setShownVariant } from '../convert/shown-variant';

export type ScanState = 'busy' | 'ready';

export function setScanState(doc: Document, state: ScanState): void {
  const root = doc.documentElement;
  if (root.getAttribute(STATE_ATTRIBUTE) !== state) root.setAttribute(STATE_ATTRIBUTE, state);
}
