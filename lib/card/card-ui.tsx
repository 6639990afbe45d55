// Entry of the `ui/card` asset (scripts/build-lazy-assets.mjs): what a card needs to be
// drawn — its view models, Preact, the card's components and styles, placement beside
// its anchor or as a sheet on a narrow screen, closing a sheet with a swipe. The content script imports it on the first hover intent (load-card-ui.ts),
// so a page that never opens a card never loads it.
import { h, render } from 'preact';
import cardCss from '@/components/card/card.css?inline';
import { Card, type Props as CardProps } from '@/components/card/Card';

export { placeCard } from './place-card';
export { rehearseCard } from './rehearse-card';
export { watchSheetSwipe } from './sheet-swipe';
// The view models of what a card shows, built from the packs' index when a card opens.
export { buildEntityView } from './entity-view';
export { buildFigureView } from './figure-view';

/** The card's styles, for its shadow root. */
export const CARD_CSS: string = cardCss;

/** Draws a card into `container`; a new `key` starts it afresh instead of updating the last one. */
export function renderCard(container: HTMLElement, props: CardProps & { key: string }): void {
  render(h(Card, props), container);
}

export function clearCard(container: HTMLElement): void {
  render(null, container);
}
