/**
 * The card with a mouse and a keyboard: nothing until the pointer rests on a
 * mention, one card at a time, focus and Escape, the variant, the signal.
 */
import {
  cardPage,
  dialogs,
  fakeMention,
  hostOf,
  movePointer,
  pressKey,
  useCardPage,
} from './test-card-page';

useCardPage();

test('nothing of the card exists until the pointer first rests on a mention', async () => {
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(hostOf()).toBeNull();
  // Resting on a mention: the shadow root is made during the intent delay, the card after it.
  cardPage.under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  expect(hostOf()).not.toBeNull();
  expect(dialogs()).toHaveLength(0);
  expect(cardPage.controller.isOpen()).toBe(false);
  // The first card was rehearsed by now (rehearse-card.ts), and left nothing behind.
  expect([...hostOf()!.shadowRoot!.children].map((el) => el.tagName)).toEqual(['STYLE', 'DIV']);
  expect(hostOf()!.shadowRoot!.children[1]!.childNodes).toHaveLength(0);
});

test('opens after the pointer rests over a mention for the intent delay', async () => {
  cardPage.under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(250);
  movePointer(document, 11, 10); // still the same mention: the delay does not restart
  await vi.advanceTimersByTimeAsync(40);
  expect(dialogs()).toEqual([]);
  await vi.advanceTimersByTimeAsync(40);
  expect(dialogs()).toHaveLength(1);
  const [card] = dialogs();
  expect(card?.dataset.entity).toBe('wu-yongming');
  expect(card?.getAttribute('aria-label')).toBe('吳泳銘');
  expect(hostOf()?.shadowRoot?.mode).toBe('open');
  expect(cardPage.controller.currentMention()).toBe(cardPage.under);
  expect(cardPage.loads).toEqual([]); // Traditional pack on a Traditional page: no dictionary
});

test('a pointer that only passes over a mention opens nothing', async () => {
  cardPage.under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  cardPage.under = null;
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(cardPage.controller.isOpen()).toBe(false);
});

async function hoverOpen(id = 'wu', entityId = 'wu-yongming'): Promise<HTMLElement> {
  cardPage.under = fakeMention(id, entityId);
  movePointer();
  await vi.advanceTimersByTimeAsync(400);
  const card = dialogs()[0];
  if (!card) throw new Error('no card');
  return card;
}

test('stays open while the pointer moves into the card, closes when it leaves both', async () => {
  const card = await hoverOpen();
  cardPage.under = null;
  movePointer(); // the gap between mention and card
  await vi.advanceTimersByTimeAsync(100);
  movePointer(card.querySelector('.desc')!);
  await vi.advanceTimersByTimeAsync(2000);
  expect(cardPage.controller.isOpen()).toBe(true);
  movePointer(); // out of the card, not over the mention
  await vi.advanceTimersByTimeAsync(200);
  expect(cardPage.controller.isOpen()).toBe(true); // grace
  await vi.advanceTimersByTimeAsync(100);
  expect(cardPage.controller.isOpen()).toBe(false);
  expect(dialogs()).toEqual([]);
});

test('returning to the mention within the grace keeps it open', async () => {
  const wu = (await hoverOpen(), cardPage.under);
  cardPage.under = null;
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  cardPage.under = wu;
  movePointer();
  await vi.advanceTimersByTimeAsync(2000);
  expect(cardPage.controller.isOpen()).toBe(true);
});

test('one card at a time: hovering another mention replaces it', async () => {
  await hoverOpen();
  await hoverOpen('zhang', 'daniel-zhang');
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  await cardPage.controller.openEntity('alibaba-cloud');
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['alibaba-cloud']);
  expect(document.querySelectorAll('[data-pangzhu-ui]').length).toBe(1);
});

test('keyboard: selects the mention, focuses the card, Escape closes and gives focus and selection back', async () => {
  const before = document.getElementById('before')!;
  before.focus();
  const pm = fakeMention('zhang', 'daniel-zhang');
  await cardPage.controller.openForMention(pm, { focus: true });
  const card = dialogs()[0]!;
  expect(card.dataset.entity).toBe('daniel-zhang');
  expect(hostOf()?.shadowRoot?.activeElement).toBe(card);
  expect(document.getSelection()?.toString()).toBe('張勇');
  document.getSelection()?.removeAllRanges();
  pressKey(card, 'Escape');
  expect(cardPage.controller.isOpen()).toBe(false);
  expect(document.activeElement).toBe(before);
  expect(document.getSelection()?.toString()).toBe('張勇');
});

test('Tab moves inside the card and wraps around', async () => {
  await cardPage.controller.openForMention(fakeMention('wu', 'wu-yongming'), { focus: true });
  const card = dialogs()[0]!;
  const focusable = [...card.querySelectorAll<HTMLElement>('button, a[href]')];
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  // The close button first; the last cited source's link last.
  expect(first.tagName).toBe('BUTTON');
  expect(last.tagName).toBe('A');
  expect(last.getAttribute('href')).toMatch(/^https?:\/\//);
  last.focus();
  pressKey(last, 'Tab');
  expect(hostOf()?.shadowRoot?.activeElement).toBe(first);
  pressKey(first, 'Tab', true);
  expect(hostOf()?.shadowRoot?.activeElement).toBe(last);
});

test('a relation chip opens the related entity in place of the card', async () => {
  await cardPage.controller.openForMention(fakeMention('wu', 'wu-yongming'), { focus: true });
  dialogs()[0]!.querySelector<HTMLButtonElement>('[data-entity-link="daniel-zhang"]')!.click();
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  expect(hostOf()?.shadowRoot?.activeElement).toBe(dialogs()[0]);
});

test('the variant: Simplified loads the converter and shows 吴泳铭; refresh follows a switch', async () => {
  cardPage.variant = { shown: 'hans', pageScript: 'hant' };
  await cardPage.controller.openEntity('wu-yongming');
  expect(cardPage.loads).toEqual(['hans']);
  expect(dialogs()[0]?.getAttribute('aria-label')).toBe('吴泳铭');
  expect(dialogs()[0]?.querySelector('.desc')?.textContent).toContain(
    '同日起代理阿里云智能集团董事长兼CEO',
  );
  cardPage.variant = { shown: 'original', pageScript: 'hant' };
  await cardPage.controller.refresh();
  expect(dialogs()[0]?.getAttribute('aria-label')).toBe('吳泳銘');
});

test('a dark page gets a dark card', async () => {
  document.body.style.backgroundColor = 'rgb(20, 20, 24)';
  await cardPage.controller.openEntity('wu-yongming');
  expect(dialogs()[0]?.dataset.theme).toBe('dark');
});

test('closes when its mention scrolls out of view', async () => {
  const inView = vi.spyOn(Range.prototype, 'getClientRects');
  inView.mockReturnValue([new DOMRect(10, 10, 40, 16)] as unknown as DOMRectList);
  await hoverOpen();
  document.dispatchEvent(new Event('scroll'));
  await vi.advanceTimersByTimeAsync(50);
  expect(cardPage.controller.isOpen()).toBe(true);
  inView.mockReturnValue([new DOMRect(10, -400, 40, 16)] as unknown as DOMRectList);
  document.dispatchEvent(new Event('scroll'));
  await vi.advanceTimersByTimeAsync(50);
  expect(cardPage.controller.isOpen()).toBe(false);
  inView.mockRestore();
});

test('aborting the signal removes the host and stops listening', async () => {
  await hoverOpen();
  cardPage.aborter.abort();
  expect(hostOf()).toBeNull();
  cardPage.under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(hostOf()).toBeNull();
});

test('a notice stands where a card would, as a labelled dialog with no entity', async () => {
  await cardPage.controller.openNotice(
    '旁注的知識包裡沒有「審美疲勞」。',
    document.getElementById('plain')!,
    {
      focus: true,
    },
  );
  const [dialog] = dialogs();
  expect(dialog!.getAttribute('aria-label')).toBe('旁注的知識包裡沒有「審美疲勞」。');
  expect(dialog!.hasAttribute('data-entity')).toBe(false);
  expect(dialog!.textContent).toContain('審美疲勞');
  pressKey(document, 'Escape');
  expect(cardPage.controller.isOpen()).toBe(false);
});
