/**
 * The content script as the browser runs it, on the fake browser: it reads the
 * settings, annotates the page and answers requests through the real message
 * listener; where the reader turned the site off it stays dark. (Copies of it that
 * outlive the extension or meet a newer one: start-content-copies.test.ts.)
 */
import {
  ARTICLE,
  ask,
  highlights,
  startCopy,
  startOn,
  useContentPage,
  whenReady,
} from './test-content-page';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMatcher } from '../pack/load-matcher';
import { prefetchPageAssets } from './page-assets';
import { VARIANT_ATTRIBUTE } from '../convert/shown-variant';
import { fakeMenusAndCommands } from '../background/fake-menus-and-commands';
import { startBackground } from '../background/start-background';
import { loadSettings, updateSettings } from '../settings/settings-store';

useContentPage();

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
    const started = startCopy();
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
