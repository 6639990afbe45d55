/**
 * One browser with the built extension installed, a loopback page server and
 * helpers that tests use: open a page and wait until it is annotated, find a
 * page's tab id, open the popup or options page, take a screenshot.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type LaunchedBrowser } from '../../../scripts/launch.mjs';
import { startPageServer, type PageServer } from '../../../scripts/serve.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '../../..');
const SHOTS_DIR = resolve(ROOT, 'test-results');

export interface E2eSession {
  name: BrowserName;
  server: PageServer;
  launched: LaunchedBrowser;
  /** Opens `path` on the page server and waits for `data-pangzhu-state="ready"`. */
  openPage(path: string): Promise<Page>;
  /** The extension's tab id of a page opened with `openPage`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tab=<tabId>` in a tab of its own. */
  openPopup(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-pangzhu-state="ready"]', { timeout: 30_000 });
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How the browser is launched: a phone's pointer (`touch`), Firefox preferences, a window size. */
export type SessionOptions = Parameters<typeof launchWithExtension>[1];

export async function startSession(
  name: BrowserName,
  options?: SessionOptions,
): Promise<E2eSession> {
  const server = await startPageServer([
    resolve(ROOT, 'tests/e2e/pages'),
    resolve(ROOT, 'assets/demo'),
  ]);
  const launched = await launchWithExtension(name, options);
  const extensionPage = async (file: string) => {
    const page = await launched.browser.newPage();
    const url = `${launched.extensionBase}/${file}`;
    if (name === 'chromium') {
      await page.goto(url);
      return page;
    }
    // Firefox's BiDi does not report navigations in the extension's process: the page
    // loads but goto() never settles. Start it, then wait until the document is there.
    page.goto(url, { timeout: 10_000 }).catch(() => {});
    await waitUntil(async () => {
      const href = await page.evaluate(() => location.href).catch(() => '');
      return href === url;
    }, `${url} to load`);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  };
  return {
    name,
    server,
    launched,
    async openPage(path) {
      const page = await launched.browser.newPage();
      // A page in the background gets no animation frames (hover is hit-tested per frame).
      await page.bringToFront();
      await page.goto(`${server.origin}${path}`);
      await waitForReady(page);
      return page;
    },
    async tabIdOf(page) {
      // Extension pages may ask each tab's content script where it is; the tab whose
      // content script answers with this page's URL is the one.
      const probe = await extensionPage('popup.html?tab=none');
      try {
        const url = page.url();
        const tabId = await probe.evaluate(async (wanted: string) => {
          type TabsApi = {
            tabs: {
              query(filter: object): Promise<{ id?: number }[]>;
              sendMessage(tabId: number, message: unknown): Promise<unknown>;
            };
          };
          const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
          const api = (scope.browser ?? scope.chrome)!;
          const tabs = await api.tabs.query({});
          for (const tab of tabs) {
            if (tab.id === undefined) continue;
            try {
              const state = (await api.tabs.sendMessage(tab.id, { type: 'get-page-state' })) as {
                url?: string;
              };
              if (state?.url === wanted) return tab.id;
            } catch {
              // No content script in that tab.
            }
          }
          return -1;
        }, url);
        if (tabId < 0) throw new Error(`no tab answers for ${url}`);
        return tabId;
      } finally {
        await probe.close();
      }
    },
    async openPopup(tabId) {
      const popup = await extensionPage(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('main.popup:not([aria-busy])', { timeout: 15_000 });
      return popup;
    },
    async openOptions() {
      const options = await extensionPage('options.html');
      await options.waitForSelector('main.options:not([aria-busy])', { timeout: 15_000 });
      return options;
    },
    async screenshot(page, shot) {
      await mkdir(SHOTS_DIR, { recursive: true });
      const path = resolve(SHOTS_DIR, `${name}-${shot}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
