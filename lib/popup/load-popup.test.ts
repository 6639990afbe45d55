import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../messages';
import { rememberPage } from '../memory/memory-store';
import { updateSettings } from '../settings/settings-store';
import { loadPopup } from './load-popup';

const PAGE: PageState = {
  url: 'https://news.example/a',
  title: 'A',
  host: 'news.example',
  enabled: true,
  state: 'ready',
  variant: 'original',
  originalScript: 'hant',
  entities: [
    {
      id: 'wu-yongming',
      type: 'person',
      count: 2,
      names: { 'zh-Hant': '吳泳銘', 'zh-Hans': '吴泳铭', en: 'Eddie Wu' },
    },
  ],
  figures: [],
};

let asked: { tabId: number; message: unknown }[];

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.tabs.sendMessage = (tabId: number, message: unknown) => {
    asked.push({ tabId, message });
    return Promise.resolve(PAGE);
  };
  await rememberPage({ url: 'https://other.example/b', title: 'B', entityIds: ['baidu'] }, 1);
});

test('asks the tab named in the address for its page', async () => {
  const load = await loadPopup('?tab=42');
  expect(asked).toEqual([{ tabId: 42, message: { type: 'get-page-state' } }]);
  if (load.status !== 'ready') throw new Error(`expected ready, got ${load.status}`);
  expect(load.page).toEqual(PAGE);
  expect(load.memory.map((page) => page.title)).toEqual(['B']);
});

test('leaves the memory out when the settings have it off', async () => {
  await updateSettings((s) => ({ ...s, readingMemory: false }));
  const load = await loadPopup('?tab=42');
  if (load.status !== 'ready') throw new Error(`expected ready, got ${load.status}`);
  expect(load.memory).toEqual([]);
});

test('is unavailable where no content script answers', async () => {
  fakeBrowser.tabs.sendMessage = () => Promise.reject(new Error('Receiving end does not exist.'));
  const load = await loadPopup('?tab=42');
  expect(load.status).toBe('unavailable');
});
