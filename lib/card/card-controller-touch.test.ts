/**
 * The card with a finger: a tap opens it, another moves it, a tap outside or
 * its ✕ closes it; the popup's reveal; on a phone-wide window, a sheet.
 */
import { cardPage, dialogs, fakeMention, useCardPage } from './test-card-page';

useCardPage();

/** A finger's tap at (x, y) on `target`: down and up in place. */
function tapAt(target: EventTarget = document.body, x = 10, y = 10): void {
  for (const type of ['pointerdown', 'pointerup']) {
    target.dispatchEvent(
      new PointerEvent(type, {
        clientX: x,
        clientY: y,
        bubbles: true,
        composed: true,
        pointerType: 'touch',
        pointerId: 7,
        isPrimary: true,
      }),
    );
  }
}

test('touch: a tap opens the card at once, a tap on another mention moves it, a tap outside closes', async () => {
  cardPage.under = fakeMention('wu', 'wu-yongming');
  tapAt(document.getElementById('wu')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['wu-yongming']);
  cardPage.under = fakeMention('zhang', 'daniel-zhang');
  tapAt(document.getElementById('zhang')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  // A tap inside the card is its own: the card stays.
  tapAt(dialogs()[0]!.querySelector('.desc')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(cardPage.controller.isOpen()).toBe(true);
  cardPage.under = null;
  tapAt(document.getElementById('plain')!);
  expect(cardPage.controller.isOpen()).toBe(false);
  // A finger does not hover: no pointer movement of ours closes a tapped card.
  await vi.advanceTimersByTimeAsync(2000);
  expect(dialogs()).toEqual([]);
});

test('touch: the ✕ closes a tapped card', async () => {
  cardPage.under = fakeMention('wu', 'wu-yongming');
  tapAt(document.getElementById('wu')!);
  await vi.advanceTimersByTimeAsync(0);
  const close = dialogs()[0]!.querySelector<HTMLButtonElement>('button.close')!;
  tapAt(close);
  close.click();
  expect(cardPage.controller.isOpen()).toBe(false);
});

test('the popup’s reveal opens the card for a touch reader only', async () => {
  const pm = fakeMention('wu', 'wu-yongming');
  cardPage.controller.followReveal(pm);
  await vi.advanceTimersByTimeAsync(0);
  expect(cardPage.controller.isOpen()).toBe(false); // a mouse reader: the popup only selects it
  cardPage.under = null;
  tapAt(); // the reader's finger, somewhere on the page
  cardPage.controller.followReveal(pm);
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['wu-yongming']);
});

describe('on a phone-wide window', () => {
  // happy-dom's own handle on its window: matchMedia answers for the size it sets.
  const setViewport = (width: number, height: number) =>
    (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
      width,
      height,
    });
  beforeEach(() => setViewport(390, 844));
  afterEach(() => setViewport(1024, 768));

  /** A finger dragging the card's `part` from y to y + dy and lifting. */
  function swipe(part: Element, dy: number): void {
    const at = (type: string, y: number) =>
      part.dispatchEvent(
        new PointerEvent(type, {
          clientX: 100,
          clientY: y,
          bubbles: true,
          composed: true,
          pointerType: 'touch',
          pointerId: 3,
          isPrimary: true,
        }),
      );
    at('pointerdown', 500);
    at('pointermove', 500 + dy / 2);
    at('pointermove', 500 + dy);
    at('pointerup', 500 + dy);
  }

  test('the card is a sheet; a short swipe on its handle springs back, a longer one closes', async () => {
    await cardPage.controller.openEntity('wu-yongming');
    const card = dialogs()[0]!;
    expect(card.dataset.layout).toBe('sheet');
    expect(card.dataset.edge).toBe('bottom');
    expect(card.dataset.placed).toBe('true');
    swipe(card.querySelector('.grab')!, 30);
    expect(cardPage.controller.isOpen()).toBe(true);
    expect(card.style.transform).toBe('');
    // Swiping up on a bottom sheet does nothing either.
    swipe(card.querySelector('.head')!, -200);
    expect(cardPage.controller.isOpen()).toBe(true);
    swipe(card.querySelector('.head')!, 120);
    expect(cardPage.controller.isOpen()).toBe(false);
  });

  test('a swipe on the sheet’s content is the content’s (it scrolls)', async () => {
    await cardPage.controller.openEntity('wu-yongming');
    swipe(dialogs()[0]!.querySelector('.desc')!, 200);
    expect(cardPage.controller.isOpen()).toBe(true);
  });

  test('widening the window turns the sheet back into the floating card', async () => {
    await cardPage.controller.openEntity('wu-yongming');
    const card = dialogs()[0]!;
    setViewport(1024, 768);
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(50);
    expect(card.dataset.layout).toBeUndefined();
    expect(cardPage.controller.isOpen()).toBe(true);
  });
});
