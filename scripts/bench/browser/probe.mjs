// Page-side probes, the same in Chromium and Firefox (which has no DevTools protocol for
// traces or metrics): a page script's 10 ms timer, whose longest gap between ticks is
// how long the page could not run its own code (a "stall"), and the times of
// DOMContentLoaded and of `ready` (data-pangzhu-state="ready" on <html>).
//
// Windows, the same for a load with the extension and one without, in page time:
// - with it: from navigation start to `ready` + SETTLE_MS, so the frames that lay out
//   and paint the last highlights count (Firefox restyles them after the task that
//   registered them), and so does our script's run at document_start;
// - without it, where nothing says `ready`: from navigation start to the median `ready`
//   of the loads with the extension + SETTLE_MS.
//   The page's own work in that window (its first layout of a long page) is a stall
//   it has without us; "stall added" is the difference of the two medians.
// Not from DOMContentLoaded: Chromium lays out a 1 MB page before it is parsed in some
// loads and after in others, with the extension or without it (DOMContentLoaded 39–58 ms
// or 250–290 ms after navigation, seen in one series of loads of each), so a window from
// there held the page's own first layout (~160–270 ms) in some loads and not in others,
// and the difference swung between −115 and +145 ms from one run to the next. That
// reading is still given beside it (`stallAfterDclMs`). The probe's start counts as its
// first tick: Firefox runs no timer while it parses a long page, so without it the parse
// (170–280 ms of the 1 MB page) was a stall only where our script's start let a tick in.

import { median } from './median.mjs';

/** After `ready`, how long the window goes on (the last highlights' style and paint). */
export const SETTLE_MS = 300;

/** Runs in the page before its first script (evaluateOnNewDocument): no closure over Node values. */
function pageProbe() {
  const start = performance.now();
  /** @type {number[]} */
  const ticks = [];
  let readyAt = null;
  /** @type {(t: number) => void} */
  let resolveReady = () => {};
  const ready = new Promise((resolve) => (resolveReady = resolve));
  const timer = window.setInterval(() => {
    const now = performance.now();
    ticks.push(now);
    // A bench load never takes two minutes: the timer stops then.
    if (now - start > 120_000) window.clearInterval(timer);
  }, 10);
  new MutationObserver(() => {
    if (readyAt !== null) return;
    if (document.documentElement.getAttribute('data-pangzhu-state') !== 'ready') return;
    readyAt = performance.now();
    resolveReady(readyAt);
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-pangzhu-state'],
  });
  Object.defineProperty(window, '__pangzhuProbe', {
    value: {
      ticks,
      ready,
      read() {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          // The probe's own start is the first tick: a page that runs no task of its own
          // before its parse ends (Firefox) has stalled from there until its first tick.
          ticks: [start, ...ticks],
          readyAt,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
          load: nav?.loadEventEnd ?? NaN,
        };
      },
    },
  });
}

/** @param {import('puppeteer-core').Page} page */
export async function installProbe(page) {
  await page.evaluateOnNewDocument(pageProbe);
}

/**
 * Resolves with page time of `ready`, without polling from the page (a poll would be a
 * page task of its own, seen by the probe).
 * @param {import('puppeteer-core').Page} page
 */
export function waitForProbeReady(page) {
  return page.evaluate(() => /** @type {any} */ (window).__pangzhuProbe.ready);
}

/** Waits until the page's clock reaches `pageMs` (page time, 0 = navigation start). */
export function waitUntilPageTime(page, pageMs) {
  return page.evaluate(
    (until) => new Promise((done) => setTimeout(done, Math.max(0, until - performance.now()))),
    pageMs,
  );
}

/**
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ ticks: number[], readyAt: number | null, domContentLoaded: number, load: number }>}
 */
export function readProbe(page) {
  return page.evaluate(() => /** @type {any} */ (window).__pangzhuProbe.read());
}

/**
 * The longest gap between two consecutive ticks that overlaps [from, to]; a gap that
 * began before `from` counts from `from` (the page's parse before DOMContentLoaded is not
 * in the window), one that ends after `to` counts whole (the task that set `ready`
 * finishes inside it).
 * @param {readonly number[]} ticks  ascending page times
 */
export function longestGap(ticks, from, to) {
  let longest = 0;
  for (let i = 1; i < ticks.length; i++) {
    const before = ticks[i - 1];
    const after = ticks[i];
    if (after <= from) continue;
    if (before >= to) break;
    longest = Math.max(longest, after - Math.max(before, from));
  }
  return longest;
}

/**
 * The window of a load: from navigation start to `ready` + SETTLE_MS with the extension,
 * or to `readyAt` (page time) + SETTLE_MS without it (see the header).
 * @param {{ domContentLoaded: number, readyAt: number | null }} probe
 * @param {number} [readyAt]  for a load without the extension
 */
export function stallWindow(probe, readyAt) {
  const end =
    probe.readyAt !== null
      ? probe.readyAt
      : Number.isFinite(readyAt)
        ? /** @type {number} */ (readyAt)
        : probe.domContentLoaded;
  return { from: 0, to: end + SETTLE_MS };
}

/**
 * What a probed load says: ready after DOMContentLoaded and the longest stall in its
 * window, and in the part of it after DOMContentLoaded.
 * @param {{ ticks: number[], domContentLoaded: number, readyAt: number | null }} probe
 * @param {number} [readyAt]
 */
export function summariseProbe(probe, readyAt) {
  const { from, to } = stallWindow(probe, readyAt);
  return {
    domContentLoadedMs: probe.domContentLoaded,
    readyAtMs: probe.readyAt,
    readyAfterDclMs: probe.readyAt === null ? null : probe.readyAt - probe.domContentLoaded,
    stallMs: longestGap(probe.ticks, from, to),
    stallAfterDclMs: longestGap(probe.ticks, probe.domContentLoaded, to),
    windowMs: to - from,
    // Ticks seen in the window: a handful means the timer was throttled (a background tab).
    ticks: probe.ticks.filter((t) => t >= from && t <= to).length,
  };
}

/**
 * A page's figures in one browser from its probed loads with the extension (`ours`) and
 * without it (`plain`): medians, and the stall we add (the difference of the medians).
 * Failed loads ({ error }) are left out.
 * @param {any[]} ours  runs carrying `probe` (see summariseProbe)
 * @param {any[]} plain
 */
export function probeFigures(ours, plain) {
  const probes = (runs) => (runs ?? []).map((run) => run?.probe).filter(Boolean);
  const stalls = (key) => {
    const withIt = median(probes(ours).map((p) => p[key]));
    const without = median(probes(plain).map((p) => p[key]));
    return { ours: withIt, plain: without, added: withIt - without };
  };
  return {
    readyAfterDcl: median(probes(ours).map((p) => p.readyAfterDclMs)),
    stall: stalls('stallMs'),
    stallAfterDcl: stalls('stallAfterDclMs'),
    loads: probes(ours).length,
  };
}

/** The window's end for loads without the extension: ours' median `ready` (page time). */
export function plainWindowEnd(ours) {
  return median((ours ?? []).map((run) => run?.probe?.readyAtMs));
}
