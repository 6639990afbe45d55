/**
 * The popup in real browsers, opened for the seed article's tab: it shows
 * quickly, lists what the page mentions, shows the related context, and its
 * switches act on the page.
 */
import { BROWSERS, startSession, type E2eSession } from './rig/session';
import { readHighlights } from './rig/highlights';

describe.each(BROWSERS)('the popup in %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  // How fast it shows is measured by `npm run bench`, not asserted here.
  test('lists the page’s names and shows the related context', async () => {
    const page = await session.openPage('/seed-article.html');
    const popup = await session.openPopup(await session.tabIdOf(page));
    const chips = await popup.$$eval('.found .chip', (buttons) =>
      buttons.map((b) => b.getAttribute('data-target')),
    );
    expect(chips).toEqual(expect.arrayContaining(['wu-yongming', 'daniel-zhang', 'alibaba-cloud']));
    await popup.waitForSelector('.related .chain');
    const chain = await popup.$eval('.related .chain', (el) => el.textContent ?? '');
    expect(chain).toMatch(/張建鋒.*張勇.*吳泳銘/);
    expect(await popup.$('.related svg[role="img"]')).not.toBeNull();
    await session.screenshot(popup, 'popup-seed');

    // A click on a name takes the page to it, the next click to its next mention.
    const reveal = async () => {
      await popup.click('.found .chip[data-target="zhou-jingren"]');
      await page.waitForFunction(() => getSelection()?.toString() === '周靖人', { polling: 100 });
      return page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top);
    };
    const first = await reveal();
    const viewport = await page.evaluate(() => innerHeight);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(viewport);
    const firstNode = await page.evaluate(() => getSelection()!.anchorNode!.textContent);
    await reveal();
    const secondNode = await page.evaluate(() => getSelection()!.anchorNode!.textContent);
    expect(secondNode).not.toBe(firstNode);
    await popup.close();
    await page.close();
  });

  test('the per-site switch turns the page off and on again', async () => {
    const page = await session.openPage('/seed-article.html');
    expect((await readHighlights(page)).length).toBeGreaterThan(0);
    const popup = await session.openPopup(await session.tabIdOf(page));
    // The page is a background tab now (the popup is in front): it gets no animation
    // frames, so the waits poll on a timer.
    const waitOptions = { timeout: 15_000, polling: 100 };
    await popup.click('input[name="site-enabled"]');
    await page.waitForFunction(
      () =>
        !CSS.highlights.has('pangzhu-person') || CSS.highlights.get('pangzhu-person')!.size === 0,
      waitOptions,
    );
    // The choice is the site's own entry in the browser's sync storage (ARCHITECTURE.md).
    const host = new URL(page.url()).hostname;
    const synced = await popup.evaluate(() => {
      type Sync = { storage: { sync: { get(): Promise<Record<string, unknown>> } } };
      const apis = globalThis as unknown as { browser?: Sync; chrome: Sync };
      return (apis.browser ?? apis.chrome).storage.sync.get();
    });
    expect(synced[`site:${host}`]).toMatchObject({ off: true });
    // At once: the second change must not be lost to the first one's write.
    await popup.click('input[name="site-enabled"]');
    await page.waitForFunction(
      () => (CSS.highlights.get('pangzhu-person')?.size ?? 0) > 0,
      waitOptions,
    );
    await popup.close();
    await page.close();
  });
});
