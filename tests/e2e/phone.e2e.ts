/**
 * The popup and the options page on a phone (Firefox for Android opens both as
 * pages of their own), with a finger for a pointer: one column, nothing wider
 * than the screen, every control a 44 px target, the script switched by a tap.
 */
import type { Page } from 'puppeteer-core';
import { BROWSERS, startSession, type E2eSession } from './rig/session';
import {
  PHONE_HEIGHT,
  PHONE_WIDTHS,
  THUMB_TARGET,
  horizontalOverflow,
  setPhoneViewport,
  tap,
  targetSizes,
} from './rig/phone';
import { seedPage } from './rig/seed-pages';

const tooSmall = (targets: { width: number; height: number }[]) =>
  targets.filter(({ width, height }) => width < THUMB_TARGET || height < THUMB_TARGET);

describe.each(BROWSERS)('phone widths in %s', (name) => {
  let session: E2eSession;
  const open: Page[] = [];
  beforeAll(async () => {
    session = await startSession(name, {
      touch: true,
      viewport: { width: PHONE_WIDTHS[0], height: PHONE_HEIGHT },
    });
    session.server.put('/seed-phone.html', seedPage('original'));
  });
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openPopupForSeed() {
    const page = await session.openPage('/seed-phone.html');
    const popup = await session.openPopup(await session.tabIdOf(page));
    open.push(popup, page);
    return { page, popup };
  }

  test.each(PHONE_WIDTHS)('the popup at %i px: one column, thumb-sized controls', async (width) => {
    const { popup } = await openPopupForSeed();
    await setPhoneViewport(popup, name, width);
    await popup.waitForSelector('.related');

    const { scrollWidth, clientWidth } = await horizontalOverflow(popup);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // One column: the popup and its switches span the page, not a 360 px panel in its corner.
    const spans = await popup.evaluate(() =>
      ['main.popup', '.variant-switch', 'input[name="site-enabled"]'].map((selector) => {
        const element = document.querySelector(selector)!;
        const box = (element.closest('label') ?? element).getBoundingClientRect();
        return { selector, left: box.left, right: box.right };
      }),
    );
    const [main, ...rows] = spans;
    expect(main).toMatchObject({ left: 0, right: clientWidth });
    for (const row of rows) expect(row.right - row.left).toBeGreaterThan(clientWidth * 0.8);

    const controls = await targetSizes(
      popup,
      'input[name="variant"], input[name="site-enabled"], input[name="global-enabled"], input[name="reading-memory"], button, summary',
    );
    expect(controls.length).toBeGreaterThan(8);
    expect(tooSmall(controls)).toEqual([]);
  });

  test('a tap on 简体 switches the page, a tap on 原文 switches it back', async () => {
    const { page, popup } = await openPopupForSeed();
    await setPhoneViewport(popup, name, PHONE_WIDTHS[0]);
    await tap(popup, 'label:has(> input[name="variant"][value="hans"])');
    await page.waitForSelector('html[data-pangzhu-variant="hans"]', { timeout: 20_000 });
    expect(await popup.$eval('input[value="hans"]', (input) => input.checked)).toBe(true);

    await tap(popup, 'label:has(> input[name="variant"][value="original"])');
    await page.waitForSelector('html[data-pangzhu-variant="original"]', { timeout: 20_000 });
  });

  test.each(PHONE_WIDTHS)(
    'the options page at %i px: one column, thumb-sized controls',
    async (width) => {
      const options = await session.openOptions();
      open.push(options);
      await setPhoneViewport(options, name, width);

      const { scrollWidth, clientWidth } = await horizontalOverflow(options);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const sections = await options.$$eval(
        'main.options > section, main.options > fieldset',
        (all) => all.map((section) => section.getBoundingClientRect().width),
      );
      for (const sectionWidth of sections) expect(sectionWidth).toBeGreaterThan(clientWidth * 0.8);

      const controls = await targetSizes(options, 'input, select, button');
      expect(controls.length).toBeGreaterThan(10);
      expect(tooSmall(controls)).toEqual([]);
    },
  );
});
