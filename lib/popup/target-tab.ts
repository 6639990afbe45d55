/**
 * The tab the popup speaks for: `popup.html?tab=<tabId>` names it (how tests
 * and tools open the popup for any tab); otherwise the active tab of the
 * current window.
 */
import { browser } from 'wxt/browser';

function tabIdFromUrl(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export async function getTargetTabId(search = location.search): Promise<number | undefined> {
  const fromUrl = tabIdFromUrl(search);
  if (fromUrl !== undefined) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
