/**
 * The attributes the content script writes on <html> for the page and for
 * tests (ARCHITECTURE.md, "The public contract"): this module is the only
 * writer of `data-pangzhu-state`. The annotator reports its state and the
 * content script shows it here; its sibling `data-pangzhu-variant` is written
 * by the converter (convert/shown-variant.ts).
 */
import type { AnnotatorState } from '../page';

/** Public contract: `<html data-pangzhu-state="busy|ready">`. */
export const STATE_ATTRIBUTE = 'data-pangzhu-state';

export function setScanState(doc: Document, state: AnnotatorState): void {
  const root = doc.documentElement;
  if (root.getAttribute(STATE_ATTRIBUTE) !== state) root.setAttribute(STATE_ATTRIBUTE, state);
}

/** Our extension went away: the page carries nothing of ours. */
export function clearScanState(doc: Document): void {
  doc.documentElement.removeAttribute(STATE_ATTRIBUTE);
}

export function readScanState(doc: Document): AnnotatorState {
  return doc.documentElement.getAttribute(STATE_ATTRIBUTE) === 'busy' ? 'busy' : 'ready';
}
