/** The toolbar badge: the number of mentions on the tab's page, nothing when there are none. */
import { browser } from 'wxt/browser';

const BADGE_COLOR = '#0f5257';

function toolbarAction() {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  return browser.action ?? browser.browserAction;
}

function badgeText(count: number): string {
  if (!(count > 0)) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export async function showMentionCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: badgeText(count) });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

export async function clearBadge(tabId: number): Promise<void> {
  await toolbarAction().setBadgeText({ tabId, text: '' });
}
