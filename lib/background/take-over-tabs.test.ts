/**
 * On install and update, the background puts the new version into the open
 * tabs the content script matches (Chrome), and into none where there is no
 * `scripting` (Firefox, which does it itself).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeOverOpenTabs } from './take-over-tabs';
import { startBackground } from './start-background';
import { fakeMenusAndCommands } from './fake-menus-and-commands';

const CONTENT_SCRIPT = {
  matches: ['http://*/*', 'https://*/*'],
  js: ['content-scripts/content.js'],
  css: ['content-scripts/highlights.css'],
};

interface Injection {
  kind: 'css' | 'js';
  tabId: number;
  files: string[];
}
let injected: Injection[];

/** Open tabs, as `tabs.query` gives those a content script's matches cover. */
function openTabs(tabs: { id: number; url: string; discarded?: boolean }[]) {
  fakeBrowser.tabs.query = (query: { url?: string | string[] }) => {
    const patterns = [query.url ?? []].flat();
    const covered = (url: string) =>
      patterns.some((pattern) => url.startsWith(pattern.replace('*/*', '')));
    return Promise.resolve(tabs.filter((tab) => covered(tab.url)) as never);
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  const record =
    (kind: Injection['kind']) =>
    ({ target, files }: { target: { tabId: number }; files: string[] }) => {
      injected.push({ kind, tabId: target.tabId, files });
      return Promise.resolve([]);
    };
  Object.assign(fakeBrowser, {
    scripting: { executeScript: record('js'), insertCSS: record('css') },
  });
  fakeBrowser.runtime.getManifest = () =>
    ({ manifest_version: 3, content_scripts: [CONTENT_SCRIPT] }) as never;
  // No copy of this version in any tab yet: nothing answers.
  fakeBrowser.tabs.sendMessage = () => Promise.reject(new Error('Receiving end does not exist.'));
});

test('every open http(s) tab gets the manifest’s styles, then its script', async () => {
  openTabs([
    { id: 1, url: 'https://news.example/a' },
    { id: 2, url: 'http://blog.example/' },
    { id: 3, url: 'chrome://extensions/' },
  ]);
  await takeOverOpenTabs();
  expect(injected.filter((step) => step.tabId === 1)).toEqual([
    { kind: 'css', tabId: 1, files: CONTENT_SCRIPT.css },
    { kind: 'js', tabId: 1, files: CONTENT_SCRIPT.js },
  ]);
  expect(injected.map((step) => step.tabId).sort()).toEqual([1, 1, 2, 2]);
});

test('a discarded tab, and one where this version already answers, are left alone', async () => {
  openTabs([
    { id: 1, url: 'https://news.example/a', discarded: true },
    { id: 2, url: 'https://news.example/b' },
    { id: 3, url: 'https://news.example/c' },
  ]);
  fakeBrowser.tabs.sendMessage = (tabId: number) =>
    tabId === 2 ? Promise.resolve({ url: 'https://news.example/b' }) : Promise.reject(new Error());
  await takeOverOpenTabs();
  expect(injected.map((step) => step.tabId)).toEqual([3, 3]);
});

test('a tab the browser will not let it script does not stop the others', async () => {
  openTabs([
    { id: 1, url: 'https://chromewebstore.google.com/' },
    { id: 2, url: 'https://news.example/b' },
  ]);
  const scripting = (fakeBrowser as unknown as { scripting: Record<string, unknown> }).scripting;
  const insertCss = scripting.insertCSS as (details: { target: { tabId: number } }) => unknown;
  scripting.insertCSS = (details: { target: { tabId: number } }) =>
    details.target.tabId === 1 ? Promise.reject(new Error('Cannot access')) : insertCss(details);
  await takeOverOpenTabs();
  expect(injected.map((step) => step.tabId)).toEqual([2, 2]);
});

test('without `scripting` (Firefox puts new versions into open pages itself) nothing is done', async () => {
  Object.assign(fakeBrowser, { scripting: undefined });
  openTabs([{ id: 1, url: 'https://news.example/a' }]);
  await expect(takeOverOpenTabs()).resolves.toBeUndefined();
  expect(injected).toEqual([]);
});

test.each([
  ['install', 2],
  ['update', 2],
  ['chrome_update', 0],
])('the background does it on %s', async (reason, steps) => {
  openTabs([{ id: 1, url: 'https://news.example/a' }]);
  fakeMenusAndCommands();
  startBackground();
  await fakeBrowser.runtime.onInstalled.trigger({ reason } as never);
  await vi.waitFor(() => expect(injected).toHaveLength(steps));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(injected).toHaveLength(steps);
});
