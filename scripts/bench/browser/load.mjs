// One fresh load of a generated page in a new tab: a same-origin blank page first (so
// CDP metrics before and after come from the same renderer), the instrument, then the
// page under a unique URL; waits until the content script is ready (ours) or the page
// has loaded and painted (plain).
import { instrument, readBench, waitForBench } from './instrument.mjs';
import { analyseTrace, startTrace, stopTrace } from './trace.mjs';

export const BLANK_PATH = '/bench-blank.html';
export const BLANK_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';
let serial = 0;

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {string} path
 * @param {{ ours: boolean, trace?: boolean, timeout?: number }} options
 */
export async function freshLoad(browser, origin, path, { ours, trace = false, timeout = 90_000 }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}${BLANK_PATH}`);
    await instrument(page);
    if (trace) await startTrace(page);
    const url = `${origin}${path}?run=${++serial}`;
    await page.goto(url, { waitUntil: 'load', timeout });
    if (ours)
      await waitForBench(
        page,
        'b.ready !== null',
        `data-pangzhu-state="ready" on ${path}`,
        timeout,
      );
    // The frame after `ready` paints the last highlights published: part of our cost.
    const settledAt = await settle(page);
    const after = await page.metrics();
    const events = trace ? await stopTrace(page) : [];
    const bench = await readBench(page);
    const analysis = trace ? analyseTrace(events, url) : null;
    return { page, url, after, bench, analysis, settledAt };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

/** Lets the page lay out and paint once; returns when that was done (page ms). */
async function settle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 50)),
        ),
      ),
  );
}

/** JSHeapUsedSize after a full garbage collection: what the page keeps. */
export async function retainedHeap(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.metrics()).JSHeapUsedSize ?? NaN;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * ScriptDuration and LayoutDuration of a document so far, in ms. Chromium resets them
 * when a navigation commits, so after a fresh load they cover that document only.
 */
export function cpuOf(metrics) {
  return {
    script: (metrics.ScriptDuration ?? NaN) * 1000,
    layout: (metrics.LayoutDuration ?? NaN) * 1000,
  };
}

/** ScriptDuration and LayoutDuration between two page.metrics() of one document, in ms. */
export function cpuDelta(before, after) {
  const script = ((after.ScriptDuration ?? NaN) - (before.ScriptDuration ?? NaN)) * 1000;
  const layout = ((after.LayoutDuration ?? NaN) - (before.LayoutDuration ?? NaN)) * 1000;
  return { script, layout };
}
