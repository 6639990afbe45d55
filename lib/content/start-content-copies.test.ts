/**
 * Copies of the content script that outlive what started them: one whose extension went
 * away under the page (an update, a reload), and one a newer copy meets in the page.
 */
import {
  ARTICLE,
  FakeHighlight,
  ask,
  extensionGoesAway,
  highlights,
  startCopy,
  startOn,
  useContentPage,
  whenReady,
} from './test-content-page';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VARIANT_ATTRIBUTE } from '../convert/shown-variant';
import { STATE_ATTRIBUTE } from './page-attributes';
import { COPY_STARTED_EVENT } from './page-claim';
import { startContent } from './start-content';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

useContentPage();

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

  test('a copy superseded before the page was parsed (a newer one put in on install) leaves it alone', async () => {
    await startOn(ARTICLE);
    await whenReady();
    const annotated = highlights.get('pangzhu-org')!;
    const started = vi.fn();
    document.addEventListener(COPY_STARTED_EVENT, started);
    // The older copy's start comes after the newer copy's, its context already ended by it.
    const superseded = {
      signal: AbortSignal.abort(),
      isInvalid: true,
    } as unknown as ContentScriptContext;
    await startContent(superseded);
    document.removeEventListener(COPY_STARTED_EVENT, started);
    expect(started).not.toHaveBeenCalled();
    expect(document.documentElement.getAttribute(STATE_ATTRIBUTE)).toBe('ready');
    expect(highlights.get('pangzhu-org')).toBe(annotated);
    expect(annotated.size).toBeGreaterThanOrEqual(2);
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
