/**
 * The content script's start: dormant until the settings say this site is on.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isTabRequest, type PageState } from '../messages';
import { loadSettings } from '../settings/settings-store';
import { isSiteEnabled } from '../settings/settings';
import { setScanState, setShownVariant } from './page-attributes';

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  const host = location.hostname;
  const enabled = isSiteEnabled(settings, host);
  setShownVariant(document, 'original');
  setScanState(document, 'ready');

  const pageState = (): PageState => ({
    url: location.href,
    title: document.title,
    host,
    enabled,
    state: enabled ? 'ready' : 'off',
    variant: 'original',
    originalScript: 'unknown',
    entities: [],
    figures: [],
  });
  const onMessage = (message: unknown) => {
    if (!isTabRequest(message)) return undefined;
    if (message.type === 'get-page-state') return Promise.resolve(pageState());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
