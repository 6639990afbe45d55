/**
 * Public contract: `<html data-pangzhu-variant="original|hant|hans">` says what the page shows.
 * Written only when it changes: every write is a mutation record for the page's
 * observers.
 */
import type { Variant } from './types';

export const VARIANT_ATTRIBUTE = 'data-pangzhu-variant';

export function setShownVariant(doc: Document, variant: Variant): void {
  const root = doc.documentElement;
  if (root.getAttribute(VARIANT_ATTRIBUTE) !== variant)
    root.setAttribute(VARIANT_ATTRIBUTE, variant);
}

/** Our extension went away: the page carries nothing of ours. */
export function clearShownVariant(doc: Document): void {
  doc.documentElement.removeAttribute(VARIANT_ATTRIBUTE);
}
