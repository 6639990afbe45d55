/**
 * Test helper for the content script's tests (start-content*.test.ts): the fake browser's
 * page with the built extension's web-accessible assets stood in for (the converters, the
 * names index), fake highlights, and copies of the content script started on the page.
 * Imported first, so its mocks stand before the modules they replace are loaded.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type * as LoadConverter from '../convert/load-converter';
import type * as LoadMatcher from '../pack/load-matcher';
import { loadMatcher } from '../pack/load-matcher';
import { prefetchPageAssets } from './page-assets';
import type * as PageAssets from './page-assets';
import type { Pack } from '../pack/types';
import { VARIANT_ATTRIBUTE } from '../convert/shown-variant';
import { STATE_ATTRIBUTE } from './page-attributes';
import { startContent } from './start-content';

// The converters are web-accessible assets of the built extension: here, opencc-js directly.
vi.mock('../convert/load-converter', async (importOriginal) => {
  const { createTestLoader } = await import('../convert/test-converters');
  return { ...(await importOriginal<typeof LoadConverter>()), loadConverter: createTestLoader() };
});

// The names index is a file of the built extension: here it is never fetched (the names are
// compiled), and the test sees when it would be.
vi.mock('./page-assets', async (importOriginal) => ({
  ...(await importOriginal<typeof PageAssets>()),
  prefetchPageAssets: vi.fn(),
}));
vi.mock('../pack/load-matcher', async (importOriginal) => {
  const real = await importOriginal<typeof LoadMatcher>();
  return {
    ...real,
    loadMatcher: vi.fn((packs: Pack[]) =>
      real.loadMatcher(packs, () => Promise.reject(new Error('not built'))),
    ),
  };
});

export class FakeHighlight extends Set<AbstractRange> {}
/** The page's registered highlights by name (`CSS.highlights`), emptied before each test. */
export const highlights = new Map<string, FakeHighlight>();

/**
 * What the extension's runtime gives a content script: a signal, an invalidation hook and,
 * as WXT's does, an `isInvalid` that finds out when asked whether the extension is gone.
 */
function fakeContext() {
  const controller = new AbortController();
  const onInvalidated: (() => void)[] = [];
  let gone = false;
  const invalidate = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    for (const callback of onInvalidated) callback();
  };
  const ctx = {
    signal: controller.signal,
    abort: invalidate,
    onInvalidated: (callback: () => void) => void onInvalidated.push(callback),
    get isInvalid() {
      if (gone) invalidate();
      return controller.signal.aborted;
    },
  } as unknown as ContentScriptContext;
  return { ctx, invalidate, goAway: () => (gone = true) };
}

let goAway = () => {};
const contexts: ReturnType<typeof fakeContext>[] = [];

/** The extension goes away under the newest copy: its next call into the extension's APIs finds out. */
export const extensionGoesAway = (): void => goAway();

/**
 * A copy of the content script started on the page as it is now: it runs at once up to its
 * first wait (the settings' read), and the promise resolves when it has started.
 */
export async function startCopy(): Promise<void> {
  const context = fakeContext();
  contexts.push(context);
  goAway = () => void context.goAway();
  await startContent(context.ctx);
}

/** The page as the content script finds it, and the script started on it. */
export async function startOn(html: string): Promise<void> {
  document.body.innerHTML = html;
  await startCopy();
}

/** A request as the popup or the background sends it; resolves with the content script's answer. */
export function ask(message: unknown): Promise<unknown> {
  return new Promise((answer) => {
    void fakeBrowser.runtime.onMessage.trigger(message, {}, answer);
  });
}

/** Resolves once the page's state reads ready: the public contract's sign that the scan is done. */
export function whenReady(): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve) => {
    const check = () => {
      if (root.getAttribute(STATE_ATTRIBUTE) !== 'ready') return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { attributes: true, attributeFilter: [STATE_ATTRIBUTE] });
    check();
  });
}

export const ARTICLE = '<p>阿里雲與華為雲的高管在大會上談雲計算。</p>';

/** Sets the fakes up before each test of the calling file, and the page back after. */
export function useContentPage(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(prefetchPageAssets).mockClear();
    vi.mocked(loadMatcher).mockClear();
    highlights.clear();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights });
  });

  afterEach(() => {
    for (const context of contexts.splice(0)) context.invalidate();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.removeAttribute(STATE_ATTRIBUTE);
    document.documentElement.removeAttribute(VARIANT_ATTRIBUTE);
  });
}
