// Talking to the content script the way the popup does: from an extension page,
// chrome.tabs.sendMessage to the page's tab (see tests/e2e/rig/session.ts).

/**
 * An extension page kept open for messaging.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionBase
 */
export async function openControlPage(browser, extensionBase) {
  const page = await browser.newPage();
  await page.goto(`${extensionBase}/popup.html?tab=none`);
  return page;
}

/** The tab id whose content script answers get-page-state with `url`. */
export async function tabIdOf(control, url) {
  const tabId = await control.evaluate(async (wanted) => {
    const api = /** @type {any} */ (globalThis).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const state = await api.tabs.sendMessage(tab.id, { type: 'get-page-state' });
        if (state?.url === wanted) return tab.id;
      } catch {
        // No content script in that tab.
      }
    }
    return -1;
  }, url);
  if (tabId < 0) throw new Error(`no tab's content script answers for ${url}`);
  return tabId;
}

/**
 * Sends a request to the tab; returns the answer and the absolute times (epoch ms,
 * comparable with the page's timeOrigin + now) when it was sent and answered.
 */
export function sendToTab(control, tabId, request) {
  return control.evaluate(
    async (id, message) => {
      const api = /** @type {any} */ (globalThis).chrome;
      const sentAt = performance.timeOrigin + performance.now();
      const answer = await api.tabs.sendMessage(id, message);
      return { sentAt, answeredAt: performance.timeOrigin + performance.now(), answer };
    },
    tabId,
    request,
  );
}
