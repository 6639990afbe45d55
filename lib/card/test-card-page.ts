/**
 * Test helper for the card controller's tests: a page with three names and a
 * controller on it, made afresh for each test (fake timers), whose fake
 * annotator reports the mention `cardPage.under` says; and the pointer, keys and
 * mentions those tests make.
 */
import type { PageMention } from '../page/mentions/types';
import { isNodeLive } from '../page/text/text-map';
import { createCardController, type CardController, type CardVariant } from './card-controller';
import { builtinIndex, loadTestConverter } from './test-fixtures';
import type { ShownScript } from './types';

/** The current test's controller, and what its page's fakes answer. */
export interface CardPage {
  controller: CardController;
  aborter: AbortController;
  /** The mention under the pointer, as the fake annotator reports it. */
  under: PageMention | null;
  variant: CardVariant;
  /** The converters the controller loaded, in order. */
  loads: ShownScript[];
}

const index = builtinIndex();

/** Filled in before each test by `useCardPage`. */
export const cardPage = {} as CardPage;

/** Sets the page and a controller up before each test of the calling file, and takes them down after. */
export function useCardPage(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<p id="wu">吳泳銘</p><p id="zhang">張勇</p><p id="plain">雲棲大會</p><button id="before">before</button>';
    cardPage.under = null;
    cardPage.variant = { shown: 'original', pageScript: 'hant' };
    cardPage.loads = [];
    cardPage.aborter = new AbortController();
    cardPage.controller = createCardController({
      doc: document,
      annotator: { mentionAt: () => cardPage.under },
      loadIndex: () => Promise.resolve(index),
      getVariant: () => cardPage.variant,
      loadConverter: (to) => {
        cardPage.loads.push(to);
        return loadTestConverter(to);
      },
      signal: cardPage.aborter.signal,
      getArticleDate: () => '2023-11',
      now: () => new Date('2025-01-15T00:00:00Z'),
    });
  });

  afterEach(() => {
    cardPage.aborter.abort();
    vi.useRealTimers();
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });
}

/** A mention over the text of `<p id>`: the fake annotator reports it wherever `under` says. */
export function fakeMention(id: string, entityId: string): PageMention {
  const node = document.getElementById(id)!.firstChild as Text;
  const range = document.createRange();
  range.selectNodeContents(node);
  return {
    mention: {
      kind: 'entity',
      start: 0,
      end: node.data.length,
      entityId,
      entityType: 'person',
      ambiguous: false,
    },
    type: 'person',
    text: node.data,
    range,
    segments: [{ node, start: 0, end: node.data.length }],
    owner: node.parentNode!,
    isLive: () => isNodeLive(node),
  };
}

export function hostOf(): HTMLElement | null {
  return document.querySelector('[data-pangzhu-ui]');
}
export function dialogs(): HTMLElement[] {
  return [...(hostOf()?.shadowRoot?.querySelectorAll<HTMLElement>('[role="dialog"]') ?? [])];
}
export function movePointer(target: EventTarget = document, x = 10, y = 10): void {
  target.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      pointerType: 'mouse',
    }),
  );
}
export function pressKey(target: EventTarget, key: string, shiftKey = false): void {
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      shiftKey,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}
