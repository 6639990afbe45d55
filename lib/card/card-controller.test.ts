import type { PageMention } from '../page/mentions/types';
import { createCardController, type CardController, type CardVariant } from './card-controller';
import { builtinIndex, loadTestConverter } from './test-fixtures';
import type { ShownScript } from './types';

const index = builtinIndex();
let controller: CardController;
let aborter: AbortController;
let under: PageMention | null;
let variant: CardVariant;
let loads: ShownScript[];

/** A mention over the text of `<p id>`: the fake annotator reports it wherever `under` says. */
function fakeMention(id: string, entityId: string): PageMention {
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
  };
}

function hostOf(): HTMLElement | null {
  return document.querySelector('[data-pangzhu-ui]');
}
function dialogs(): HTMLElement[] {
  return [...(hostOf()?.shadowRoot?.querySelectorAll<HTMLElement>('[role="dialog"]') ?? [])];
}
function movePointer(target: EventTarget = document, x = 10, y = 10): void {
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
function pressKey(target: EventTarget, key: string, shiftKey = false): void {
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

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p id="wu">吳泳銘</p><p id="zhang">張勇</p><p id="plain">雲棲大會</p><button id="before">before</button>';
  under = null;
  variant = { shown: 'original', pageScript: 'hant' };
  loads = [];
  aborter = new AbortController();
  controller = createCardController({
    doc: document,
    annotator: { mentionAt: () => under },
    loadIndex: () => Promise.resolve(index),
    getVariant: () => variant,
    loadConverter: (to) => {
      loads.push(to);
      return loadTestConverter(to);
    },
    signal: aborter.signal,
    getArticleDate: () => '2023-11',
    now: () => new Date('2025-01-15T00:00:00Z'),
  });
});

afterEach(() => {
  aborter.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

test('nothing of the card exists until the pointer first rests on a mention', async () => {
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(hostOf()).toBeNull();
  // Resting on a mention: the shadow root is made during the intent delay, the card after it.
  under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  expect(hostOf()).not.toBeNull();
  expect(dialogs()).toHaveLength(0);
  expect(controller.isOpen()).toBe(false);
  // The first card was rehearsed by now (rehearse-card.ts), and left nothing behind.
  expect([...hostOf()!.shadowRoot!.children].map((el) => el.tagName)).toEqual(['STYLE', 'DIV']);
  expect(hostOf()!.shadowRoot!.children[1]!.childNodes).toHaveLength(0);
});

test('opens after the pointer rests over a mention for the intent delay', async () => {
  under = fakeMention('wu', 'wu-yongming');
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
  expect(controller.currentMention()).toBe(under);
  expect(loads).toEqual([]); // Traditional pack on a Traditional page: no dictionary
});

test('a pointer that only passes over a mention opens nothing', async () => {
  under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  under = null;
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(controller.isOpen()).toBe(false);
});

async function hoverOpen(id = 'wu', entityId = 'wu-yongming'): Promise<HTMLElement> {
  under = fakeMention(id, entityId);
  movePointer();
  await vi.advanceTimersByTimeAsync(400);
  const card = dialogs()[0];
  if (!card) throw new Error('no card');
  return card;
}

test('stays open while the pointer moves into the card, closes when it leaves both', async () => {
  const card = await hoverOpen();
  under = null;
  movePointer(); // the gap between mention and card
  await vi.advanceTimersByTimeAsync(100);
  movePointer(card.querySelector('.desc')!);
  await vi.advanceTimersByTimeAsync(2000);
  expect(controller.isOpen()).toBe(true);
  movePointer(); // out of the card, not over the mention
  await vi.advanceTimersByTimeAsync(200);
  expect(controller.isOpen()).toBe(true); // grace
  await vi.advanceTimersByTimeAsync(100);
  expect(controller.isOpen()).toBe(false);
  expect(dialogs()).toEqual([]);
});

test('returning to the mention within the grace keeps it open', async () => {
  const wu = (await hoverOpen(), under);
  under = null;
  movePointer();
  await vi.advanceTimersByTimeAsync(100);
  under = wu;
  movePointer();
  await vi.advanceTimersByTimeAsync(2000);
  expect(controller.isOpen()).toBe(true);
});

test('one card at a time: hovering another mention replaces it', async () => {
  await hoverOpen();
  await hoverOpen('zhang', 'daniel-zhang');
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  await controller.openEntity('alibaba-cloud');
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['alibaba-cloud']);
  expect(document.querySelectorAll('[data-pangzhu-ui]').length).toBe(1);
});

test('keyboard: selects the mention, focuses the card, Escape closes and gives focus and selection back', async () => {
  const before = document.getElementById('before')!;
  before.focus();
  const pm = fakeMention('zhang', 'daniel-zhang');
  await controller.openForMention(pm, { focus: true });
  const card = dialogs()[0]!;
  expect(card.dataset.entity).toBe('daniel-zhang');
  expect(hostOf()?.shadowRoot?.activeElement).toBe(card);
  expect(document.getSelection()?.toString()).toBe('張勇');
  document.getSelection()?.removeAllRanges();
  pressKey(card, 'Escape');
  expect(controller.isOpen()).toBe(false);
  expect(document.activeElement).toBe(before);
  expect(document.getSelection()?.toString()).toBe('張勇');
});

test('Tab moves inside the card and wraps around', async () => {
  await controller.openForMention(fakeMention('wu', 'wu-yongming'), { focus: true });
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
  await controller.openForMention(fakeMention('wu', 'wu-yongming'), { focus: true });
  dialogs()[0]!.querySelector<HTMLButtonElement>('[data-entity-link="daniel-zhang"]')!.click();
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  expect(hostOf()?.shadowRoot?.activeElement).toBe(dialogs()[0]);
});

test('the variant: Simplified loads the converter and shows 吴泳铭; refresh follows a switch', async () => {
  variant = { shown: 'hans', pageScript: 'hant' };
  await controller.openEntity('wu-yongming');
  expect(loads).toEqual(['hans']);
  expect(dialogs()[0]?.getAttribute('aria-label')).toBe('吴泳铭');
  expect(dialogs()[0]?.querySelector('.desc')?.textContent).toContain(
    '同日起代理阿里云智能集团董事长兼CEO',
  );
  variant = { shown: 'original', pageScript: 'hant' };
  await controller.refresh();
  expect(dialogs()[0]?.getAttribute('aria-label')).toBe('吳泳銘');
});

test('a dark page gets a dark card', async () => {
  document.body.style.backgroundColor = 'rgb(20, 20, 24)';
  await controller.openEntity('wu-yongming');
  expect(dialogs()[0]?.dataset.theme).toBe('dark');
});

test('closes when its mention scrolls out of view', async () => {
  const inView = vi.spyOn(Range.prototype, 'getClientRects');
  inView.mockReturnValue([new DOMRect(10, 10, 40, 16)] as unknown as DOMRectList);
  await hoverOpen();
  document.dispatchEvent(new Event('scroll'));
  await vi.advanceTimersByTimeAsync(50);
  expect(controller.isOpen()).toBe(true);
  inView.mockReturnValue([new DOMRect(10, -400, 40, 16)] as unknown as DOMRectList);
  document.dispatchEvent(new Event('scroll'));
  await vi.advanceTimersByTimeAsync(50);
  expect(controller.isOpen()).toBe(false);
  inView.mockRestore();
});

test('aborting the signal removes the host and stops listening', async () => {
  await hoverOpen();
  aborter.abort();
  expect(hostOf()).toBeNull();
  under = fakeMention('wu', 'wu-yongming');
  movePointer();
  await vi.advanceTimersByTimeAsync(1000);
  expect(hostOf()).toBeNull();
});

test('a notice stands where a card would, as a labelled dialog with no entity', async () => {
  await controller.openNotice(
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
  expect(controller.isOpen()).toBe(false);
});

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
  under = fakeMention('wu', 'wu-yongming');
  tapAt(document.getElementById('wu')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['wu-yongming']);
  under = fakeMention('zhang', 'daniel-zhang');
  tapAt(document.getElementById('zhang')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(dialogs().map((d) => d.dataset.entity)).toEqual(['daniel-zhang']);
  // A tap inside the card is its own: the card stays.
  tapAt(dialogs()[0]!.querySelector('.desc')!);
  await vi.advanceTimersByTimeAsync(0);
  expect(controller.isOpen()).toBe(true);
  under = null;
  tapAt(document.getElementById('plain')!);
  expect(controller.isOpen()).toBe(false);
  // A finger does not hover: no pointer movement of ours closes a tapped card.
  await vi.advanceTimersByTimeAsync(2000);
  expect(dialogs()).toEqual([]);
});

test('touch: the ✕ closes a tapped card', async () => {
  under = fakeMention('wu', 'wu-yongming');
  tapAt(document.getElementById('wu')!);
  await vi.advanceTimersByTimeAsync(0);
  const close = dialogs()[0]!.querySelector<HTMLButtonElement>('button.close')!;
  tapAt(close);
  close.click();
  expect(controller.isOpen()).toBe(false);
});

test('the popup’s reveal opens the card for a touch reader only', async () => {
  const pm = fakeMention('wu', 'wu-yongming');
  controller.followReveal(pm);
  await vi.advanceTimersByTimeAsync(0);
  expect(controller.isOpen()).toBe(false); // a mouse reader: the popup only selects it
  under = null;
  tapAt(); // the reader's finger, somewhere on the page
  controller.followReveal(pm);
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
    await controller.openEntity('wu-yongming');
    const card = dialogs()[0]!;
    expect(card.dataset.layout).toBe('sheet');
    expect(card.dataset.edge).toBe('bottom');
    expect(card.dataset.placed).toBe('true');
    swipe(card.querySelector('.grab')!, 30);
    expect(controller.isOpen()).toBe(true);
    expect(card.style.transform).toBe('');
    // Swiping up on a bottom sheet does nothing either.
    swipe(card.querySelector('.head')!, -200);
    expect(controller.isOpen()).toBe(true);
    swipe(card.querySelector('.head')!, 120);
    expect(controller.isOpen()).toBe(false);
  });

  test('a swipe on the sheet’s content is the content’s (it scrolls)', async () => {
    await controller.openEntity('wu-yongming');
    swipe(dialogs()[0]!.querySelector('.desc')!, 200);
    expect(controller.isOpen()).toBe(true);
  });

  test('widening the window turns the sheet back into the floating card', async () => {
    await controller.openEntity('wu-yongming');
    const card = dialogs()[0]!;
    setViewport(1024, 768);
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(50);
    expect(card.dataset.layout).toBeUndefined();
    expect(controller.isOpen()).toBe(true);
  });
});
