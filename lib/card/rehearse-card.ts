/**
 * The first card's rehearsal, while the hover intent delay runs (card-controller.ts): what
 * a first card costs beyond every later one is paid before the reader asks for it, in two
 * steps the caller runs in tasks of their own. First its components run once in a
 * detached element (V8 compiles a function at its first call); then a copy of what they
 * drew is laid out once in the card's shadow root (the card's fonts matched, its text
 * shaped: ~20 ms for a first card, ~2 ms for later ones) and taken out in that same task,
 * so it is never painted. The copy is no card to anyone reading the page: it has no role,
 * name, ids or data-* of the public contract.
 */
import { h, render } from 'preact';
import { Card, type Props as CardProps } from '@/components/card/Card';

/** What would make the copy a dialog, a named element or a target of the card's labels. */
const CARD_MARKS = ['role', 'id', 'tabindex', 'data-entity', 'data-figure'];

/** Draws the card off the page; gives back the second step, which lays its copy out. */
export function rehearseCard(shadow: ShadowRoot, props: CardProps): () => void {
  const stage = shadow.ownerDocument.createElement('div');
  render(h(Card, props), stage);
  const copy = stage.cloneNode(true) as HTMLElement;
  render(null, stage);
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames())
      if (CARD_MARKS.includes(name) || name.startsWith('aria-')) el.removeAttribute(name);
  }
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  copy.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none';
  return () => {
    shadow.append(copy);
    // Laid out now, in this task: the copy is gone before the page renders again.
    copy.getBoundingClientRect();
    copy.remove();
  };
}
