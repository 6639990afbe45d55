/**
 * The extension's life under open pages, as the e2e tests drive it: reloaded
 * (as the browser does at every update), its background stopped (as Chrome
 * stops an idle service worker), its storage written from one of its own pages,
 * and the errors a page sees while that happens.
 */
import { TargetType, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { COPY_STARTED_EVENT } from '../../../lib/content/page-claim';
import type { E2eSession } from './session';

const EXTENSION_DIRS = { chromium: resolve(import.meta.dirname, '../../../.output/chrome-mv3') };

/** Errors the page sees: uncaught ones, and those logged to its console. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Counts, in the page, the copies of the content script that start in it from now on
 * (each announces itself with a DOM event, lib/content/page-claim.ts).
 */
export async function countCopiesStarting(page: Page): Promise<void> {
  await page.evaluate((event) => {
    const scope = window as unknown as { pangzhuCopiesStarted?: number };
    scope.pangzhuCopiesStarted = 0;
    document.addEventListener(event, () => void (scope.pangzhuCopiesStarted! += 1));
  }, COPY_STARTED_EVENT);
}

/** Resolves once a copy counted by `countCopiesStarting` has started and scanned the page. */
export async function servedByNewCopy(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ((window as unknown as { pangzhuCopiesStarted?: number }).pangzhuCopiesStarted ?? 0) > 0 &&
      document.documentElement.getAttribute('data-pangzhu-state') === 'ready',
    { timeout: 20_000, polling: 100 },
  );
}

/**
 * Updates the extension in place, as the browser does at a store update; resolves once the
 * new version's pages open. Chromium: the same folder installed again (an update, to the
 * extension: `onInstalled` says so). `runtime.reload()` would do the same in a browser a
 * reader runs, but an extension that puppeteer installed does not come back from it.
 * Firefox: `runtime.reload()` from the extension's options page, as for a temporary add-on.
 */
export async function reloadExtension(session: E2eSession): Promise<void> {
  if (session.name === 'chromium') {
    await session.launched.browser.installExtension(EXTENSION_DIRS.chromium);
  } else {
    const options = await session.openOptions();
    // The options page goes with the extension it belongs to: its evaluation may never answer.
    void options
      .evaluate(() => {
        type RuntimeApi = { runtime: { reload(): void } };
        const scope = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
        (scope.browser ?? scope.chrome)!.runtime.reload();
      })
      .catch(() => {});
  }
  const deadline = Date.now() + 15_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    try {
      await (await session.openOptions()).close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/**
 * Firefox unloads an idle event page after this long; the lifecycle tests shorten it so a
 * test can wait for the background to go (`stopBackground`).
 */
export const FIREFOX_SHORT_IDLE = { 'extensions.background.idle.timeout': 1000 };

/**
 * The background stops, as the browser does when it idles; the next event (a message, a
 * command) starts a new one with nothing in memory. Chromium: its service worker is stopped.
 * Firefox has no command for it (neither WebDriver BiDi nor its remote protocol): the
 * session must be started with FIREFOX_SHORT_IDLE, and this waits until the event page is
 * unloaded (an extension page then finds no background page).
 */
export async function stopBackground(session: E2eSession): Promise<void> {
  if (session.name === 'firefox') return waitForFirefoxBackgroundToUnload(session);
  const { browser, extensionBase } = session.launched;
  const target = await browser.waitForTarget(
    (candidate) =>
      candidate.type() === TargetType.SERVICE_WORKER && candidate.url().startsWith(extensionBase),
    { timeout: 15_000 },
  );
  const worker = await target.worker();
  await worker?.close();
  // Gone once its target is.
  const deadline = Date.now() + 10_000;
  while (browser.targets().includes(target)) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForFirefoxBackgroundToUnload(session: E2eSession): Promise<void> {
  await inExtensionPage(session, async (page) => {
    await page.waitForFunction(
      () => {
        type Extension = { extension: { getBackgroundPage(): Window | null } };
        return (
          (
            globalThis as unknown as { browser: Extension }
          ).browser.extension.getBackgroundPage() === null
        );
      },
      { timeout: 20_000, polling: 200 },
    );
  });
}

/** The part of the extension API the tests use from an extension page. */
interface ExtensionApi {
  storage: Record<
    'local' | 'sync',
    {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** In an extension page: its `browser` (Firefox) or `chrome` API. */
async function inExtensionPage<T>(
  session: E2eSession,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await session.openOptions();
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

/** What `area` holds under `key`, read by the extension itself. */
export function readStored(
  session: E2eSession,
  area: 'local' | 'sync',
  key: string,
): Promise<unknown> {
  return inExtensionPage(session, (page) =>
    page.evaluate(
      async (area, key) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        return (await (scope.browser ?? scope.chrome)!.storage[area].get(key))[key];
      },
      area,
      key,
    ),
  );
}

/** Writes `items` to `area` as the extension would (a test's way to store what it wants). */
export function writeStored(
  session: E2eSession,
  area: 'local' | 'sync',
  items: Record<string, unknown>,
): Promise<void> {
  return inExtensionPage(session, (page) =>
    page.evaluate(
      async (area, items) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        await (scope.browser ?? scope.chrome)!.storage[area].set(items);
      },
      area,
      items,
    ),
  );
}

/** The toolbar badge's text on tab `tabId`. */
export function badgeText(session: E2eSession, tabId: number): Promise<string> {
  return inExtensionPage(session, (page) =>
    page.evaluate(async (tabId) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = (scope.browser ?? scope.chrome)!;
      return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
    }, tabId),
  );
}
