// One fresh load measured by the page-side probes only (probe.mjs): how the bench
// measures Firefox, where WebDriver BiDi has no traces or metrics. Ready after
// DOMContentLoaded, the longest stall in the load's window, and with the
// extension nothing else the page could not say the same way in Chromium.
import { withTimeout } from './browsers.mjs';
import {
  installProbe,
  readProbe,
  stallWindow,
  summariseProbe,
  waitForProbeReady,
  waitUntilPageTime,
} from './probe.mjs';

let serial = 0;

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {string} path
 * @param {{ ours: boolean, plainReadyAt?: number, timeout?: number }} options
 *   plainReadyAt: for a load without the extension, where its window ends: the median
 *   `ready` (page time) of the loads with it (see probe.mjs)
 */
export async function probedLoad(browser, origin, path, { ours, plainReadyAt, timeout = 90_000 }) {
  const page = await browser.newPage();
  try {
    await installProbe(page);
    // A background tab's timers tick once a second: the probe needs the tab in front.
    await page.bringToFront();
    const url = `${origin}${path}?run=${++serial}`;
    await page.goto(url, { waitUntil: 'load', timeout });
    if (ours)
      await withTimeout(waitForProbeReady(page), timeout, `data-pangzhu-state="ready" on ${path}`);
    const early = await readProbe(page);
    await waitUntilPageTime(page, stallWindow(early, plainReadyAt).to + 20);
    return { probe: summariseProbe(await readProbe(page), plainReadyAt) };
  } finally {
    await page.close().catch(() => {});
  }
}
