/**
 * What the content script asks for before the page is parsed: the settings at once
 * on every page; the page assets only once the page's head says it is Chinese, and
 * once. A document in the making stands in for the one the parser is writing.
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

/** A document whose head is still being parsed: no body yet, `loading`. */
function documentBeingParsed(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.remove();
  doc.head.replaceChildren();
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  (doc as Document & { finishParsing: () => void }).finishParsing = () => {
    state = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
  };
  return doc;
}

/** The parser reaching the page's title. */
function parseTitle(doc: Document, text: string): HTMLTitleElement {
  const title = doc.createElement('title');
  title.textContent = text;
  doc.head.append(title);
  return title;
}

/** Lets the parser's changes reach their observer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  prefetched.mockClear();
});

test('the settings are read at once, as they are stored', async () => {
  await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }));
  const early = startEarlyReads(documentBeingParsed());
  await expect(early.settings).resolves.toEqual(await loadSettings());
  expect((await early.settings).disabledSites).toEqual(['example.com']);
  await expect(early.imported).resolves.toEqual([]);
});

test('a head that gives the page a Chinese language starts the page assets before the body', async () => {
  const doc = documentBeingParsed();
  startEarlyReads(doc);
  await settle();
  expect(prefetched).not.toHaveBeenCalled();
  doc.documentElement.lang = 'zh-Hant';
  doc.head.append(doc.createElement('meta'));
  await settle();
  expect(prefetched).toHaveBeenCalledTimes(1);
});

test('a Chinese title starts them too, and asking again later loads nothing twice', async () => {
  const doc = documentBeingParsed();
  const early = startEarlyReads(doc);
  parseTitle(doc, '阿里雲的第三次浪潮');
  await settle();
  expect(prefetched).toHaveBeenCalledTimes(1);
  early.prefetch();
  expect(prefetched).toHaveBeenCalledTimes(1);
  expect(prefetched.mock.calls[0]?.[0]).toBe(early.assets);
});

test('a head that says nothing leaves them to the parsed page, and a later title is not watched', async () => {
  const doc = documentBeingParsed();
  const early = startEarlyReads(doc);
  const title = parseTitle(doc, 'Cloud news');
  doc.documentElement.append(doc.createElement('body'));
  await settle();
  // The body has begun: the head is over, and a change after it is none of this watch's.
  title.textContent = '雲計算';
  await settle();
  expect(prefetched).not.toHaveBeenCalled();
  // What the parsed page decides (looksChinese) starts them.
  early.prefetch();
  expect(prefetched).toHaveBeenCalledTimes(1);
});

test('a page parsed without a body stops being watched at DOMContentLoaded', async () => {
  const doc = documentBeingParsed() as Document & { finishParsing: () => void };
  startEarlyReads(doc);
  doc.finishParsing();
  doc.documentElement.lang = 'zh';
  doc.head.append(doc.createElement('meta'));
  await settle();
  expect(prefetched).not.toHaveBeenCalled();
});

test('a page already parsed is not watched', async () => {
  startEarlyReads(document);
  document.documentElement.lang = 'zh';
  document.head.append(document.createElement('meta'));
  await settle();
  document.documentElement.lang = '';
  expect(prefetched).not.toHaveBeenCalled();
});
