/** The background: per-tab badge with the number of mentions on the page. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';

function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'mention-count'
  );
}

export function startBackground(): void {
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined) return undefined;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void action.setBadgeText({ tabId, text });
    void action.setBadgeBackgroundColor({ tabId, color: '#0f5257' });
    return undefined;
  });
}
