/**
 * The extension's life under open pages. Reloaded (as the browser does at
 * every update): the new version serves the pages already open — in Chromium
 * the background puts it in and the old copy hands the page over, in Firefox
 * the browser puts it in — with no dead highlights, no error in the page, and
 * the popup working on those tabs. Its background stopped between two events,
 * its storage refusing a write, its stored settings damaged: what the reader
 * sees stays right.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { hover, waitForCard } from './rig/pointer';
import { readHighlights } from './rig/highlights';
import { BROWSERS, startSession, waitForReady, type E2eSession } from './rig/session';
import {
  collectErrors,
  countCopiesStarting,
  servedByNewCopy,
  FIREFOX_SHORT_IDLE,
  reloadExtension,
  stopBackground,
  badgeText,
  readStored,
  writeStored,
} from './rig/extension-life';

const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');
const shownVariant = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-pangzhu-variant'));

/** Picks `variant` in the popup of the page's tab; resolves once the page shows it. */
async function pickVariant(session: E2eSession, page: Page, variant: string): Promise<void> {
  const popup = await session.openPopup(await session.tabIdOf(page));
  await popup.click(`input[name="variant"][value="${variant}"]`);
  // The page is a background tab while the popup is in front: poll on a timer.
  await page.waitForFunction(
    (wanted) =>
      document.documentElement.getAttribute('data-pangzhu-variant') === wanted &&
      document.documentElement.getAttribute('data-pangzhu-state') === 'ready',
    { timeout: 20_000, polling: 100 },
    variant,
  );
  await popup.close();
}

describe.each(BROWSERS)('the extension’s life in %s', (name) => {
  let session: E2eSession;
  beforeAll(async () => {
    // Firefox unloads its idle event page within a second here, so a test can wait for that.
    session = await startSession(name, { firefoxPrefs: FIREFOX_SHORT_IDLE });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('after an update the new version serves the open page: cards, popup, no errors', async () => {
    const page = await session.openPage('/seed-article.html');
    const errors = collectErrors(page);
    await countCopiesStarting(page);
    const highlighted = (await readHighlights(page)).length;
    const original = await bodyText(page);
    expect(highlighted).toBeGreaterThan(20);

    await reloadExtension(session);
    await page.bringToFront();
    await servedByNewCopy(page);
    // The same highlights, once: none dead, none twice.
    expect((await readHighlights(page)).length).toBe(highlighted);
    await hover(page, '阿里雲');
    expect((await waitForCard(page))?.entity).toBe('alibaba-cloud');

    // The popup reaches the tab's new copy, and its switch converts and restores the page.
    await pickVariant(session, page, 'hans');
    expect(await bodyText(page)).toContain('阿里云');
    await pickVariant(session, page, 'original');
    expect(await bodyText(page)).toBe(original);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page shown in 简体 at the update is shown in 简体 by the new version', async () => {
    const page = await session.openPage('/seed-article.html');
    const errors = collectErrors(page);
    const original = await bodyText(page);
    // Remembered for the site: the new version opens the page in it again.
    await pickVariant(session, page, 'hans');
    await page.bringToFront();
    await countCopiesStarting(page);

    await reloadExtension(session);
    await page.bringToFront();
    await servedByNewCopy(page);
    await page.waitForFunction(
      () => document.documentElement.getAttribute('data-pangzhu-variant') === 'hans',
      { timeout: 20_000, polling: 100 },
    );
    expect(await bodyText(page)).toContain('阿里云');
    await pickVariant(session, page, 'original');
    expect(await shownVariant(page)).toBe('original');
    // Chromium: the old copy put the original back before the new one converted it, so 原文
    // gives the page back exactly. Firefox ends the old copy without a word, and the
    // original text went with it: the new copy takes the page as it finds it
    // (ARCHITECTURE.md, "An update under an open page").
    if (name === 'chromium') expect(await bodyText(page)).toBe(original);
    else expect(await bodyText(page)).toContain('阿里云');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the background stopped between events: badges and reading memory stay right', async () => {
    const first = await session.openPage('/seed-article.html?before-stop');
    const firstTab = await session.tabIdOf(first);
    const firstBadge = await waitForBadge(session, firstTab);
    expect(Number(firstBadge)).toBeGreaterThan(20);

    await stopBackground(session);
    // The page's reports wake a new worker, with nothing in memory.
    const second = await session.openPage('/seed-article.html?after-stop');
    const secondTab = await session.tabIdOf(second);
    expect(await waitForBadge(session, secondTab)).toBe(firstBadge);
    expect(await badgeText(session, firstTab)).toBe(firstBadge);
    await waitForRemembered(session, second.url());
    const urls = await rememberedUrls(session);
    expect(urls.indexOf(second.url())).toBeLessThan(urls.indexOf(first.url()));

    // Stopped again: the popup still acts on the page (it needs no background).
    await stopBackground(session);
    await pickVariant(session, first, 'hans');
    await pickVariant(session, first, 'original');
    await first.close();
    await second.close();
  });

  test('a pack the browser will not store (quota) is refused with a clear message', async () => {
    const options = await session.openOptions();
    // The quota, injected: Firefox gives storage.local no quota at all.
    await options.evaluate(() => {
      type Area = { set(items: Record<string, unknown>): Promise<void> };
      const scope = globalThis as unknown as {
        browser?: { storage: { local: Area } };
        chrome?: { storage: { local: Area } };
      };
      const area = (scope.browser ?? scope.chrome)!.storage.local;
      const set = area.set.bind(area);
      area.set = (items) =>
        'packs' in items ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : set(items);
    });
    const input = (await options.$(
      'input[type="file"][name="import-pack"]',
    )) as ElementHandle<HTMLInputElement>;
    const file = join(await mkdtemp(join(tmpdir(), 'pangzhu-quota-')), 'pack.json');
    await writeFile(file, JSON.stringify(QUOTA_PACK));
    await input.uploadFile(file);
    await options.waitForSelector('[role="alert"]');
    const alert = await options.$eval('[role="alert"]', (el) => el.textContent ?? '');
    expect(alert).toContain('would not store this pack');
    expect(alert).toContain('installed packs are as they were');
    expect(alert).toContain('QUOTA_BYTES quota exceeded');
    const rows = await options.$$eval('[data-pack]', (els) =>
      els.map((el) => el.getAttribute('data-pack')),
    );
    expect(rows).toEqual(['cloud-2023']);
    await options.close();
  });

  test('stored settings that no longer parse: the extension works with the defaults', async () => {
    const page = await session.openPage('/seed-article.html');
    const errors = collectErrors(page);
    const host = new URL(page.url()).hostname;
    await writeStored(session, 'sync', {
      settings: 'garbage',
      [`site:${host}`]: { off: 'yes', variant: 42, savedAt: 'soon' },
    });
    await writeStored(session, 'local', { settings: [1, 2, 3], memory: { pages: 'none' } });
    await page.reload();
    await waitForReady(page);
    expect((await readHighlights(page)).length).toBeGreaterThan(20);
    expect(await shownVariant(page)).toBe('original');
    await pickVariant(session, page, 'hans');
    await pickVariant(session, page, 'original');
    // The options page opens on the defaults (the OpenCC standard).
    const options = await session.openOptions();
    expect(
      await options.$eval('input[name="traditional-standard"]:checked', (el) => el.value),
    ).toBe('t');
    await options.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The badge of tab `tabId` once it shows a count. */
async function waitForBadge(session: E2eSession, tabId: number): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await badgeText(session, tabId);
    if (text !== '') return text;
    if (Date.now() > deadline) throw new Error(`no badge on tab ${tabId}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function rememberedUrls(session: E2eSession): Promise<string[]> {
  const memory = (await readStored(session, 'local', 'memory')) as
    { pages?: { url: string }[] } | undefined;
  return (memory?.pages ?? []).map((page) => page.url);
}

async function waitForRemembered(session: E2eSession, url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await rememberedUrls(session)).includes(url)) {
    if (Date.now() > deadline) throw new Error(`${url} was not remembered`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A made-up pack (test data, not a claim about the world), refused by the injected quota. */
const QUOTA_PACK = {
  format: 1,
  id: 'e2e-quota',
  version: '1.0.0',
  name: { 'zh-Hant': '測試配額包', 'zh-Hans': '测试配额包', en: 'E2E quota pack' },
  textScript: 'zh-Hant',
  sources: [
    {
      id: 'e2e-quota-note',
      title: '測試說明',
      outlet: '測試',
      date: '2026-11',
      summary: '端到端測試用的虛構資料。',
      mentions: ['e2e-quota-widget'],
    },
  ],
  entities: [
    {
      id: 'e2e-quota-widget',
      type: 'product',
      names: { 'zh-Hant': '配額測試器', 'zh-Hans': '配额测试器', en: 'Quota Tester' },
      aliases: [],
      description: '端到端測試用的虛構產品。',
      facts: [],
    },
  ],
  relations: [],
  figures: [],
};
