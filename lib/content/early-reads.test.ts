/**
 * What the content script asks for before its work starts (at injection in Firefox, inside
 * DOMContentLoaded in Chromium): the settings and the imported packs, on every page; the
 * page assets only once the page is parsed and looks Chinese, and once.
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
    expect(early.prefetchIfChinese(document)).toBe(true);
    expect(prefetched).toHaveBeenCalledTimes(1);
    expect(prefetched.mock.calls[0]?.[0]).toBe(early.assets);
  } finally {
    document.documentElement.lang = '';
    document.title = '';
  }
});

test('a page that does not look Chinese loads none of them', () => {
  document.body.innerHTML = '<p>Cloud revenue grew in the third quarter.</p>';
  try {
    const early = startEarlyReads();
    expect(early.prefetchIfChinese(document)).toBe(false);
    expect(prefetched).not.toHaveBeenCalled();
  } finally {
    document.body.innerHTML = '';
  }
});

test('asking again loads nothing twice, and answers as the first time', () => {
  document.body.innerHTML = '<p>阿里云在云栖大会上发布了通义千问 2.0。</p>';
  try {
    const early = startEarlyReads();
    expect(early.prefetchIfChinese(document)).toBe(true);
    document.body.innerHTML = '';
    expect(early.prefetchIfChinese(document)).toBe(true);
    expect(prefetched).toHaveBeenCalledTimes(1);
  } finally {
    document.body.innerHTML = '';
  }
});
