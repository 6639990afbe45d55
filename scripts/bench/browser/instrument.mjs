// What the bench puts in every page before its first script runs: an observer of the
// public state attributes on <html> and a buffered long-task observer. Times are
// performance.now() of the page (0 = navigation start); `abs` adds timeOrigin, so
// they compare with times taken in another page (an extension page sending a message).
import { installProbe } from './probe.mjs';

/** Runs in the page (page.evaluateOnNewDocument): no closure over Node values. */
function pageInstrument() {
  const bench = {
    /** [time, attribute, value] for every change of data-pangzhu-state/-variant. */
    changes: [],
    firstSeen: null,
    ready: null,
    longTasks: [],
    /** When text was last written (a conversion's last write: the annotator writes none). */
    lastTextWrite: null,
  };
  Object.defineProperty(window, '__pangzhuBench', { value: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    bench.lastTextWrite = performance.now();
  }).observe(document, { subtree: true, characterData: true });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const name = record.attributeName;
      const value = record.target.getAttribute(name);
      // A trace mark per change, so trace time and page time can be lined up.
      performance.mark(`pangzhu-bench-change-${bench.changes.length}`);
      bench.changes.push([now, name, value]);
      bench.firstSeen ??= now;
      if (name === 'data-pangzhu-state' && value === 'ready') {
        // The first ready after the content script started: it set the attribute, so it has.
        if (bench.ready === null) {
          bench.ready = now;
        }
      }
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-pangzhu-state', 'data-pangzhu-variant'],
  });
}

/** @param {import('puppeteer-core').Page} page */
export async function instrument(page) {
  await page.evaluateOnNewDocument(pageInstrument);
  // The probes both browsers are measured with (stalls, ready after DOMContentLoaded).
  await installProbe(page);
}

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ changes: [number, string, string | null][], firstSeen: number | null, ready: number | null, lastTextWrite: number | null, longTasks: { start: number, duration: number }[], timeOrigin: number, nav: { domContentLoaded: number, load: number, firstPaint: number } }>}
 */
export function readBench(page) {
  return page.evaluate(() => {
    const bench = /** @type {any} */ (window).__pangzhuBench;
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
      performance.getEntriesByType('navigation')[0]
    );
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ...bench,
      changes: [...bench.changes],
      longTasks: [...bench.longTasks],
      timeOrigin: performance.timeOrigin,
      nav: {
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        load: nav?.loadEventEnd ?? NaN,
        firstPaint: paint?.startTime ?? NaN,
      },
    };
  });
}

/** Waits for a page-side condition on the bench record, with a clear timeout. */
export async function waitForBench(page, predicateSource, what, timeout) {
  try {
    await page.waitForFunction(
      `(() => { const b = window.__pangzhuBench; return !!b && (${predicateSource}); })()`,
      {
        timeout,
        polling: 20,
      },
    );
  } catch (error) {
    throw new Error(`timed out after ${Math.round(timeout / 1000)} s waiting for ${what}`, {
      cause: error,
    });
  }
}
