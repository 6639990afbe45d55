/** Keeps Tab inside the card while focus is in it: the first and last focusable wrap around. */
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function trapTab(event: KeyboardEvent, card: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const root = card.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
