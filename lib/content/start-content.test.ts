/**
 * The content script as the browser runs it, on the fake browser: it reads the
 * settings, annotates the page and answers requests through the real message
 * listener; where the reader turned the site off it stays dark.
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
import { COPY_STARTED_EVENT } from './page-claim';
import { fakeMenusAndCommands } from '../background/fake-menus-and-commands';
import { startBackground } from '../background/start-background';
import { loadSettings, updateSettings } from '../settings/settings-store';
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

class FakeHighlight extends Set<AbstractRange> {}
let highlights: Map<string, FakeHighlight>;

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

let extensionGoesAway = () => {};
const contexts: ReturnType<typeof fakeContext>[] = [];

/** A copy of the content script started on the page as it is now. */
async function startCopy(): Promise<void> {
  const context = fakeContext();
  contexts.push(context);
  extensionGoesAway = () => void context.goAway();
  await startContent(context.ctx);
}

/** The page as the content script finds it, and the script started on it. */
async function startOn(html: string): Promise<void> {
  document.body.innerHTML = html;
  await startCopy();
}

/** A request as the popup or the background sends it; resolves with the content script's answer. */
function ask(message: unknown): Promise<unknown> {
  return new Promise((answer) => {
    void fakeBrowser.runtime.onMessage.trigger(message, {}, answer);
  });
}

/** Resolves once the page's state reads ready: the public contract's sign that the scan is done. */
function whenReady(): Promise<void> {
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

const ARTICLE = '<p>阿里雲與華為雲的高管在大會上談雲計算。</p>';

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(prefetchPageAssets).mockClear();
  vi.mocked(loadMatcher).mockClear();
  highlights = new Map();
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

describe('on a site that is on', () => {
  test('the page is annotated and its state answers get-page-state', async () => {
    await startOn(ARTICLE);
    await whenReady();
    expect(highlights.get('pangzhu-org')?.size).toBeGreaterThanOrEqual(2);

    const state = await ask({ type: 'get-page-state' });
    expect(state).toMatchObject({ enabled: true, state: 'ready', variant: 'original' });
    const ids = (state as { entities: { id: string }[] }).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['alibaba-cloud', 'huawei-cloud']));
  });

  test('a Chinese page asks for its engine, pack and names index before the settings are read, and is matched', async () => {
    document.body.innerHTML = ARTICLE;
    const context = fakeContext();
    contexts.push(context);
    const started = startContent(context.ctx);
    // startContent has run up to its first wait, the settings read.
    expect(prefetchPageAssets).toHaveBeenCalledTimes(1);
    expect(loadMatcher).not.toHaveBeenCalled();
    await started;
    await whenReady();
    expect(loadMatcher).toHaveBeenCalledTimes(1);
  });

  test('a page without CJK text or a known name asks for no engine or names index and makes no matcher', async () => {
    // startContent waits while the page rests: its promise stays pending.
    void startOn('<p>Markets were calm today; the index closed flat.</p>');
    await whenReady();
    expect(prefetchPageAssets).not.toHaveBeenCalled();
    expect(loadMatcher).not.toHaveBeenCalled();
  });

  test('the mention count goes to the background after the scan, not in the task that ended it', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const counts = () =>
      sent.mock.calls.filter(
        ([message]) =>
          (message as unknown as { type?: string } | undefined)?.type === 'mention-count',
      );
    await startOn(ARTICLE);
    await whenReady();
    expect(counts()).toEqual([]);
    await vi.waitFor(() => expect(counts()).toHaveLength(1));
    expect(counts()[0]![0]).toMatchObject({ type: 'mention-count', count: expect.any(Number) });
    sent.mockRestore();
  });

  test('set-variant converts the page, answers the new state and remembers the site’s choice', async () => {
    await startOn(ARTICLE);
    await whenReady();

    const state = await ask({ type: 'set-variant', variant: 'hans' });
    expect(state).toMatchObject({ variant: 'hans' });
    expect(document.body.textContent).toContain('阿里云与华为云');
    expect(document.documentElement.getAttribute(VARIANT_ATTRIBUTE)).toBe('hans');
    expect((await loadSettings()).variantBySite[location.hostname]).toBe('hans');

    await ask({ type: 'set-variant', variant: 'original' });
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  test('toggle-highlights turns the highlights off, and on again', async () => {
    await startOn(ARTICLE);
    await whenReady();

    expect(await ask({ type: 'toggle-highlights' })).toEqual({ ok: true, enabled: false });
    expect(highlights.size).toBe(0);
    expect(await ask({ type: 'toggle-highlights' })).toEqual({ ok: true, enabled: true });
    expect(highlights.get('pangzhu-org')?.size).toBeGreaterThanOrEqual(2);
  });

  test('a malformed request is left unanswered and changes nothing', async () => {
    await startOn(ARTICLE);
    await whenReady();

    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'set-variant', variant: 'klingon' },
      {},
      () => {},
    );
    expect(results).toEqual([false]);
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(document.documentElement.getAttribute(VARIANT_ATTRIBUTE)).toBe('original');
  });
});

describe('when the extension goes away under the page (an update, a reload)', () => {
  test('the next input takes every trace of it away, and nothing of ours throws', async () => {
    await startOn(ARTICLE);
    await whenReady();
    await ask({ type: 'set-variant', variant: 'hans' });
    expect(highlights.size).toBeGreaterThan(0);

    extensionGoesAway();
    // As the browser leaves an orphaned script: any call into the extension's APIs throws.
    const gone = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(gone);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(gone);
    vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(gone);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);

    document.body.firstElementChild!.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 }),
    );
    await vi.waitFor(() => {
      expect(document.body.innerHTML).toBe(ARTICLE);
      expect(document.documentElement.hasAttribute(VARIANT_ATTRIBUTE)).toBe(false);
    });
    window.removeEventListener('error', onError);

    expect(highlights.size).toBe(0);
    expect(document.documentElement.hasAttribute(STATE_ATTRIBUTE)).toBe(false);
    expect(document.documentElement.hasAttribute(VARIANT_ATTRIBUTE)).toBe(false);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });
});

describe('when a newer copy is put into the page (an update, in Chrome)', () => {
  test('the old copy puts the original back, the new one serves the page in the site’s script, annotated once', async () => {
    await startOn(ARTICLE);
    await whenReady();
    const annotatedOnce = highlights.get('pangzhu-org')!.size;
    // Remembered for the site: the new copy opens the page in it.
    await ask({ type: 'set-variant', variant: 'hans' });
    const started = vi.fn();
    document.addEventListener(COPY_STARTED_EVENT, started);

    await startCopy();
    document.removeEventListener(COPY_STARTED_EVENT, started);
    expect(started).toHaveBeenCalledOnce();
    await vi.waitFor(() => {
      expect(document.documentElement.getAttribute(VARIANT_ATTRIBUTE)).toBe('hans');
      expect(document.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('ready');
    });
    expect(document.body.textContent).toContain('阿里云与华为云');
    expect(highlights.get('pangzhu-org')!.size).toBe(annotatedOnce);

    // Only the new copy answers, and it converted from the original: 原文 gives it back exactly.
    const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-page-state' },
      {},
      () => {},
    );
    expect(answers.filter((answered) => answered === true)).toHaveLength(1);
    await ask({ type: 'set-variant', variant: 'original' });
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(document.documentElement.getAttribute(VARIANT_ATTRIBUTE)).toBe('original');
  });

  test('what a copy that could not answer left (Firefox ends it silently) is cleared first', async () => {
    document.body.innerHTML = ARTICLE;
    // A dead copy's traces: its attributes, a registered highlight, its card's host.
    const root = document.documentElement;
    root.setAttribute(STATE_ATTRIBUTE, 'ready');
    const stale = new FakeHighlight();
    highlights.set('pangzhu-person', stale);
    const host = document.createElement('pangzhu-card');
    host.setAttribute('data-pangzhu-ui', '');
    document.body.append(host);

    await startCopy();
    await whenReady();
    expect(highlights.get('pangzhu-person')).not.toBe(stale);
    expect(document.querySelector('pangzhu-card')).toBeNull();
    expect(highlights.get('pangzhu-org')?.size).toBeGreaterThanOrEqual(2);
  });
});

describe('on a site the reader turned off', () => {
  beforeEach(async () => {
    await updateSettings((settings) => ({ ...settings, disabledSites: [location.hostname] }));
  });

  test('the page stays dark and says so', async () => {
    await startOn(ARTICLE);
    await whenReady();
    expect(highlights.size).toBe(0);
    expect(await ask({ type: 'get-page-state' })).toMatchObject({
      enabled: false,
      entities: [],
    });
  });

  test('requests that act on the page are refused, and the page is left as it is', async () => {
    await startOn(ARTICLE);
    await whenReady();
    expect(await ask({ type: 'set-variant', variant: 'hans' })).toEqual({
      ok: false,
      reason: 'off',
    });
    expect(await ask({ type: 'toggle-highlights' })).toEqual({ ok: false, reason: 'off' });
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(highlights.size).toBe(0);
  });
});

describe('keyboard commands, from the background to the page', () => {
  /**
   * The background started beside the page, for a tab that is this page. Resolves with the
   * page's answer to the first request the background sends it.
   */
  async function startBackgroundForThisTab() {
    const { onCommand } = fakeMenusAndCommands();
    let delivered: (answer: Promise<unknown>) => void = () => {};
    const firstAnswer = new Promise<Promise<unknown>>((resolve) => (delivered = resolve));
    fakeBrowser.tabs.sendMessage = (_tabId: number, message: unknown) => {
      const answer = ask(message);
      delivered(answer);
      return answer;
    };
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: location.href, active: true, windowId: window!.id });
    startBackground();
    return { onCommand, answered: async () => void (await await firstAnswer) };
  }

  test('Alt+Shift+H turns the highlights off', async () => {
    const { onCommand, answered } = await startBackgroundForThisTab();
    await startOn(ARTICLE);
    await whenReady();
    await onCommand.trigger('toggle-highlights');
    await answered();
    expect(highlights.size).toBe(0);
  });

  test('Alt+Shift+V shows the page in the next script', async () => {
    const { onCommand, answered } = await startBackgroundForThisTab();
    await startOn(ARTICLE);
    await whenReady();
    await onCommand.trigger('toggle-variant');
    await answered();
    expect(document.documentElement.getAttribute(VARIANT_ATTRIBUTE)).toBe('hant');
  });
});
