/**
 * The popup's script switch in real browsers: 简体 makes the page text what
 * opencc-js makes of it, 原文 gives the page's HTML back byte for byte, the
 * title follows, `data-pangzhu-variant` says what is shown, highlights stay.
 */
import type { Page } from 'puppeteer-core';
import { BROWSERS, startSession, type E2eSession } from './rig/session';
import { readHighlights, waitForSettled } from './rig/highlights';
import { seedConverter, seedLines, seedPage } from './rig/seed-pages';

async function chooseVariant(popup: Page, page: Page, variant: string) {
  await popup.click(`input[name="variant"][value="${variant}"]`);
  await page.waitForSelector(`html[data-pangzhu-variant="${variant}"]`, { timeout: 20_000 });
  await waitForSettled(page);
}

const bodyHtml = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    root.removeAttribute('data-pangzhu-state');
    root.removeAttribute('data-pangzhu-variant');
    return root.outerHTML;
  });

describe.each(BROWSERS)('switching the script in %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startSession(name);
    session.server.put('/seed-variant.html', seedPage('original'));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('简体, then 原文, from the popup', async () => {
    const page = await session.openPage('/seed-variant.html');
    const original = await bodyHtml(page);
    const before = await readHighlights(page);
    const popup = await session.openPopup(await session.tabIdOf(page));

    await chooseVariant(popup, page, 'hans');
    const toHans = seedConverter('hans');
    const paragraphs = await page.$$eval('article > *', (els) => els.map((el) => el.textContent));
    expect(paragraphs).toEqual(seedLines('hans'));
    expect(await page.title()).toBe(toHans(seedLines('original')[0]!));
    const after = await readHighlights(page);
    expect(after.map((m) => m.type)).toEqual(before.map((m) => m.type));

    await chooseVariant(popup, page, 'original');
    expect(await bodyHtml(page)).toBe(original);
    expect((await readHighlights(page)).map((m) => m.text)).toEqual(before.map((m) => m.text));
    await popup.close();
    await page.close();
  });
});
