// The popup opened as popup.html?tab=<id> in a tab of its own: time from its
// navigation start until main.popup is there without aria-busy (content shown).

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionBase
 * @param {number} tabId
 */
export async function popupOnce(browser, extensionBase, tabId, timeout = 15_000) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(() => {
      const check = () => {
        const scope = /** @type {any} */ (window);
        if (scope.__popupShown == null && document.querySelector('main.popup:not([aria-busy])')) {
          scope.__popupShown = performance.now();
        }
      };
      new MutationObserver(check).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await page.goto(`${extensionBase}/popup.html?tab=${tabId}`);
    try {
      await page.waitForFunction(() => /** @type {any} */ (window).__popupShown != null, {
        timeout,
        polling: 20,
      });
    } catch (error) {
      throw new Error(
        `timed out after ${timeout / 1000} s waiting for main.popup:not([aria-busy])`,
        { cause: error },
      );
    }
    return await page.evaluate(
      () => /** @type {number} */ (/** @type {any} */ (window).__popupShown),
    );
  } finally {
    await page.close().catch(() => {});
  }
}
