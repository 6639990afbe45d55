/**
 * What the content script asks for before its work starts (at injection in Firefox, inside
 * DOMContentLoaded in Chromium): the settings and the imported packs, on every page; the
 * page assets only when the parsed page asks for them (start-content.ts), and once.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { startEarlyReads } from './early-reads';
import { prefetchPageAssets } from './page-assets';
import type * as PageAssets from './page-assets';

vi.mock('./page-assets', async (importOriginal) => ({
  ...(await importOriginal<typeof PageAssets>()),
  prefetchPageAssets: vi.fn(),
}));

const prefetched = vi.mocked(prefetchPageAssets);

beforeEach(() => {
  fakeBrowser.reset();
  prefetched.mockClear();
});

test('the settings are read at once, as they are stored', async () => {
  await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }));
  const early = startEarlyReads();
  await expect(early.settings).resolves.toEqual(await loadSettings());
  expect((await early.settings).disabledSites).toEqual(['example.com']);
  await expect(early.imported).resolves.toEqual([]);
});

test('the page assets wait to be asked for, even on a page that says it is Chinese', async () => {
  document.documentElement.lang = 'zh-Hant';
  document.title = '阿里雲的第三次浪潮';
  try {
    const early = startEarlyReads();
    await early.settings;
    expect(prefetched).not.toHaveBeenCalled();
    early.prefetch();
    expect(prefetched).toHaveBeenCalledTimes(1);
    expect(prefetched.mock.calls[0]?.[0]).toBe(early.assets);
  } finally {
    document.documentElement.lang = '';
    document.title = '';
  }
});

test('asking for the page assets again loads nothing twice', () => {
  const early = startEarlyReads();
  early.prefetch();
  early.prefetch();
  expect(prefetched).toHaveBeenCalledTimes(1);
});
