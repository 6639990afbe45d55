/**
 * Cards on a phone: a 390×844 touch screen, fingers instead of a mouse. Both browsers get
 * real touch input: Chromium through its touch emulation (CDP), Firefox through WebDriver
 * BiDi's touch pointer actions; in both the page sees pointer events with
 * `pointerType: 'touch'`, touch events and the click that follows a tap. (Firefox's
 * synthesized touches do not scroll the page: there the scroll test checks that a finger
 * moving as it would to scroll opens nothing.)
 */
import type { Page } from 'puppeteer-core';
import { BROWSERS, startSession, waitForReady, type E2eSession } from './rig/session';
import { pointOf, readCard, waitForCard } from './rig/pointer';
import { seedPage } from './rig/seed-pages';

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The seed article laid out for a phone, its first 蔡崇信 inside a link. */
function phonePage(dark = false): string {
  const style = dark ? '<style>body{background:#121417;color:#dfe3e6}</style>' : '';
  return seedPage('original')
    .replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${style}`,
    )
    .replace('蔡崇信', '<a href="/touch-followed.html">蔡崇信</a>');
}

const FOLLOWED =
  '<!doctype html><html lang="en"><title>followed</title><p>The link was followed.</p>';

/** Boxes in the viewport: the open card's, its parts', and a text's on the page. */
async function sheetBoxes(page: Page, text: string) {
  return page.evaluate((wanted: string) => {
    const dialog = document
      .querySelector('[data-pangzhu-ui]')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return null;
    const box = (el: Element | Range | null | undefined) => {
      if (!el) return null;
      const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
      return { left, top, right, bottom, width, height };
    };
    let mention = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && !mention; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      mention = box(range);
    }
    if (!mention) throw new Error(`"${wanted}" is not on the page`);
    return {
      // The sheet slides in: its boxes are final once that is over.
      moving: dialog.getAnimations().some((a) => a.playState === 'running'),
      layout: dialog.dataset.layout,
      edge: dialog.dataset.edge,
      card: box(dialog)!,
      close: box(dialog.querySelector('.close')),
      grab: box(dialog.querySelector('.grab')),
      chips: [...dialog.querySelectorAll('.chip')].map((chip) => box(chip)!),
      mention,
      // The layout viewport (Firefox on a desktop keeps a scrollbar beside it).
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      scrollWidth: document.documentElement.scrollWidth,
    };
  }, text);
}

/** Where a reader would tap the first occurrence of `text`, as the page is scrolled now. */
function pointHere(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0]!;
      return { x: box.x + Math.min(box.width / 2, 10), y: box.y + box.height / 2 };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** The open sheet's boxes once it has settled, leaving `text` uncovered (or throws). */
async function waitUntilUncovered(page: Page, text: string) {
  for (let tries = 0; ; tries++) {
    const boxes = (await sheetBoxes(page, text))!;
    const { card, mention } = boxes;
    const clear = mention.bottom <= card.top || mention.top >= card.bottom;
    if (clear && mention.top >= 0 && !boxes.moving) return boxes;
    if (tries > 60) throw new Error(`the sheet covers ${text}: ${JSON.stringify(boxes)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(BROWSERS)('touch and the phone sheet in %s', (name) => {
  let session: E2eSession;
  let page: Page | undefined;

  async function openPhonePage(path: string): Promise<Page> {
    const opened = await session.launched.browser.newPage();
    await opened.emulate({
      viewport: PHONE,
      userAgent: await session.launched.browser.userAgent(),
    });
    await opened.bringToFront();
    await opened.goto(`${session.server.origin}${path}`);
    await waitForReady(opened);
    return opened;
  }

  /** A finger's tap on the first occurrence of `text` (scrolled to the middle of the screen). */
  async function tapText(on: Page, text: string) {
    const { x, y } = await pointOf(on, text);
    await on.touchscreen.tap(x, y);
  }

  /** A tap on the page's left margin: no text, no highlight. */
  const tapMargin = (on: Page) => on.touchscreen.tap(3, 120);

  beforeAll(async () => {
    session = await startSession(name);
    session.server.put('/touch.html', phonePage());
    session.server.put('/touch-dark.html', phonePage(true));
    session.server.put('/touch-followed.html', FOLLOWED);
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a tap opens a bottom sheet beside its mention; another tap moves it; a tap outside closes it', async () => {
    page = await openPhonePage('/touch.html');
    await tapText(page, '吳泳銘');
    expect(await waitForCard(page)).toMatchObject({ label: '吳泳銘', entity: 'wu-yongming' });
    const boxes = await waitUntilUncovered(page, '吳泳銘');
    expect(boxes.layout).toBe('sheet');
    // Full width, at most 60 % of the screen high, no sideways scroll of the page.
    expect(boxes.card.left).toBe(0);
    expect(boxes.card.width).toBe(boxes.viewport.width);
    expect(boxes.card.height).toBeLessThanOrEqual(boxes.viewport.height * 0.6 + 1);
    expect(boxes.scrollWidth).toBeLessThanOrEqual(boxes.viewport.width);
    // A finger's size for the ✕ and the relation chips.
    expect(boxes.close!.width).toBeGreaterThanOrEqual(44);
    expect(boxes.close!.height).toBeGreaterThanOrEqual(44);
    expect(boxes.chips.length).toBeGreaterThan(0);
    for (const chip of boxes.chips) expect(chip.height).toBeGreaterThanOrEqual(44);
    await session.screenshot(page, 'touch-sheet');

    await tapText(page, '王堅');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-pangzhu-ui]')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getAttribute('data-entity') === 'wang-jian',
      { polling: 100, timeout: 5000 },
    );
    await waitUntilUncovered(page, '王堅');

    await tapMargin(page);
    await waitForCard(page, false);
  });

  test('the ✕ closes the sheet, and so does a swipe down on its handle', async () => {
    page = await openPhonePage('/touch.html');
    await tapText(page, '吳泳銘');
    await waitForCard(page);
    const close = (await waitUntilUncovered(page, '吳泳銘')).close!;
    await page.touchscreen.tap(close.left + close.width / 2, close.top + close.height / 2);
    await waitForCard(page, false);

    await tapText(page, '吳泳銘');
    await waitForCard(page);
    const { grab } = await waitUntilUncovered(page, '吳泳銘');
    const x = grab!.left + grab!.width / 2;
    const y = grab!.top + grab!.height / 2;
    await page.touchscreen.touchStart(x, y);
    for (const dy of [20, 50, 90, 140]) await page.touchscreen.touchMove(x, y + dy);
    await page.touchscreen.touchEnd();
    await waitForCard(page, false);
  });

  test('a touch that scrolls the page opens nothing', async () => {
    page = await openPhonePage('/touch.html');
    const { x, y } = await pointOf(page, '王堅');
    const before = await page.evaluate(() => scrollY);
    await page.touchscreen.touchStart(x, y);
    for (const dy of [15, 60, 120, 200]) await page.touchscreen.touchMove(x, y - dy);
    await page.touchscreen.touchEnd();
    // Firefox's synthesized touches move the finger but do not scroll the page.
    if (name === 'chromium') expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before);
    // Give a card every chance to appear (a tap opens one at once), then check none did.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readCard(page)).toBeNull();
  });

  test('a mention low on the screen is scrolled up above the sheet', async () => {
    page = await openPhonePage('/touch.html');
    const { y: middle } = await pointOf(page, '19.4%');
    await page.evaluate((by: number) => scrollBy(0, by), Math.round(middle - 780));
    const { x, y } = await pointHere(page, '19.4%');
    expect(y).toBeGreaterThan(PHONE.height / 2);
    await page.touchscreen.tap(x, y);
    expect((await waitForCard(page))!.figure).toBe('growth');
    const boxes = await waitUntilUncovered(page, '19.4%');
    expect(boxes.layout).toBe('sheet');
    await session.screenshot(page, 'touch-figure');
  });

  test('a tap on a mention inside a link follows the link; the popup leads to its card', async () => {
    page = await openPhonePage('/touch.html');
    const { x, y } = await pointOf(page, '蔡崇信');
    const origin = session.server.origin;
    await Promise.all([page.waitForNavigation(), page.touchscreen.tap(x, y)]);
    expect(page.url()).toBe(`${origin}/touch-followed.html`);
    await page.close();

    // The other way to that card: the popup's list goes to the mention and, for a reader
    // on a touch screen, opens its card.
    page = await openPhonePage('/touch.html');
    await tapMargin(page);
    const tabId = await session.tabIdOf(page);
    const popup = await session.openPopup(tabId);
    await popup.evaluate(async (id: number) => {
      const scope = globalThis as unknown as {
        browser?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        chrome?: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      await (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, {
        type: 'reveal',
        target: { entityId: 'joe-tsai' },
      });
    }, tabId);
    await popup.close();
    await page.bringToFront();
    expect(await waitForCard(page)).toMatchObject({ entity: 'joe-tsai' });
    await waitUntilUncovered(page, '蔡崇信');
    expect(page.url()).toBe(`${origin}/touch.html`);
  });

  test('on a dark page the sheet is dark', async () => {
    page = await openPhonePage('/touch-dark.html');
    await tapText(page, '阿里雲');
    await waitForCard(page);
    await waitUntilUncovered(page, '阿里雲');
    const theme = await page.evaluate(() =>
      document
        .querySelector('[data-pangzhu-ui]')!
        .shadowRoot!.querySelector('[role="dialog"]')!
        .getAttribute('data-theme'),
    );
    expect(theme).toBe('dark');
    await session.screenshot(page, 'touch-dark');
  });
});
