/**
 * The extension reloaded (as the browser does at every update) with a news page
 * open. Chromium leaves the old content script running, orphaned: it steps
 * aside at the reader's next move (no dead highlights, nothing of ours left on
 * <html>). Firefox puts the new version's content script into open pages
 * itself: the page keeps working. In both, no error reaches the page.
 */
import type { Page } from 'puppeteer-core';
import { hover, waitForCard } from './rig/pointer';
import { readHighlights } from './rig/highlights';
import { BROWSERS, startSession, type E2eSession } from './rig/session';

/** Errors the page sees: uncaught ones, and those logged to its console. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function reloadExtension(session: E2eSession): Promise<void> {
  const options = await session.openOptions();
  // The options page goes with the extension it belongs to: its evaluation may never answer.
  void options
    .evaluate(() => {
      type RuntimeApi = { runtime: { reload(): void } };
      const scope = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
      (scope.browser ?? scope.chrome)!.runtime.reload();
    })
    .catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

describe.each(BROWSERS)('an extension reload in %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await startSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('leaves no dead highlights and throws nothing into the page', async () => {
    const page = await session.openPage('/seed-article.html');
    const errors = collectErrors(page);
    expect((await readHighlights(page)).length).toBeGreaterThan(20);

    await reloadExtension(session);
    await page.bringToFront();
    await hover(page, '阿里雲');
    if (name === 'chromium') {
      await page.waitForFunction(
        () => !document.documentElement.hasAttribute('data-pangzhu-state'),
        { timeout: 10_000 },
      );
      expect(await readHighlights(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.hasAttribute('data-pangzhu-variant')),
      ).toBe(false);
    } else {
      expect((await waitForCard(page))?.entity).toBe('alibaba-cloud');
      expect((await readHighlights(page)).length).toBeGreaterThan(20);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
