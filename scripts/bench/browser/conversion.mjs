// Our conversion on a fresh page: from the request (sent by an extension page, as the
// popup does) to data-pangzhu-variant showing it, the tasks meanwhile, and the CDP
// script/layout time; then back to the original. Each run is the page's first
// conversion, so it includes loading the dictionary.
import { readBench, waitForBench } from './instrument.mjs';
import { cpuDelta, freshLoad } from './load.mjs';
import { sendToTab, tabIdOf } from './extension-pages.mjs';
import { analyseTrace, startTrace, stopTrace, summariseTasks, traceOffset } from './trace.mjs';

const READY_AGAIN_MS = 20_000;

/** The opposite script of the page's own (a mixed page may count as Traditional). */
const targetFor = (originalScript) => (originalScript === 'hant' ? 'hans' : 'hant');

async function switchTo(page, control, tabId, variant, timeout) {
  const from = (await readBench(page)).changes.length;
  const sent = await sendToTab(control, tabId, { type: 'set-variant', variant });
  const shown = `b.changes.slice(${from}).some((c) => c[1] === 'data-pangzhu-variant' && c[2] === ${JSON.stringify(variant)})`;
  await waitForBench(page, shown, `data-pangzhu-variant="${variant}"`, timeout);
  // The annotator rescans what the conversion rewrote: wait until it is ready again.
  const readyAgain = `(() => { const s = b.changes.slice(${from}).filter((c) => c[1] === 'data-pangzhu-state'); return s.length === 0 || s[s.length - 1][2] === 'ready'; })()`;
  let stillBusy = null;
  try {
    await waitForBench(
      page,
      readyAgain,
      'data-pangzhu-state="ready" after the switch',
      READY_AGAIN_MS,
    );
  } catch {
    // Reported, not fatal: the switch itself was measured.
    stillBusy = `still busy ${READY_AGAIN_MS / 1000} s after the switch`;
  }
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100))); // long-task entries arrive late
  const bench = await readBench(page);
  const after = bench.changes.slice(from);
  const shownAt =
    after.find((c) => c[1] === 'data-pangzhu-variant' && c[2] === variant)?.[0] ?? NaN;
  const states = after.filter((c) => c[1] === 'data-pangzhu-state');
  const readyAt = stillBusy
    ? NaN
    : Math.max(shownAt, states.length ? states[states.length - 1][0] : shownAt);
  const windowEnd = Number.isFinite(readyAt) ? readyAt : shownAt;
  const sentAt = sent.sentAt - bench.timeOrigin;
  const longTasks = bench.longTasks.filter(
    (t) => t.start + t.duration >= sentAt && t.start <= readyAt,
  );
  const writtenAt = Math.min(windowEnd, Math.max(sentAt, bench.lastTextWrite ?? sentAt));
  return {
    window: { sentAt, shownAt, writtenAt, readyAt: windowEnd },
    stillBusy,
    shownMs: shownAt - sentAt,
    writtenMs: (bench.lastTextWrite ?? NaN) - sentAt,
    readyMs: readyAt - sentAt,
    answerMs: sent.answeredAt - sent.sentAt,
    longTaskMaxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    longTaskCount: longTasks.length,
    changes: bench.changes,
  };
}

/**
 * @param {{ browser: import('puppeteer-core').Browser }} ours
 * @param {import('puppeteer-core').Page} control  an extension page
 */
export async function convertOnce(ours, control, origin, path, { trace, timeout = 60_000 }) {
  const load = await freshLoad(ours.browser, origin, path, { ours: true });
  const { page } = load;
  try {
    const tabId = await tabIdOf(control, load.url);
    // The reader converts the page in front of them: a background tab gets no frames.
    await page.bringToFront();
    const { answer } = await sendToTab(control, tabId, { type: 'get-page-state' });
    const target = targetFor(answer?.originalScript);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const m0 = await page.metrics();
    if (trace) await startTrace(page);
    const convert = await switchTo(page, control, tabId, target, timeout);
    const m1 = await page.metrics();
    const restore = await switchTo(page, control, tabId, 'original', timeout);
    const m2 = await page.metrics();
    if (trace) {
      const analysis = analyseTrace(await stopTrace(page), load.url);
      const offset = traceOffset(analysis, restore.changes);
      const between = (from, to) =>
        offset === null
          ? null
          : summariseTasks(analysis.tasks, offset + from * 1000, offset + to * 1000);
      for (const step of [convert, restore]) {
        const { sentAt, writtenAt, readyAt } = step.window;
        step.traced = between(sentAt, readyAt);
        // The conversion's own work (dictionary included), then the rescan of what it rewrote.
        step.tracedWrite = between(sentAt, writtenAt);
        step.tracedRescan = between(writtenAt, readyAt);
      }
    }
    // eslint-disable-next-line no-unused-vars -- dropped on purpose: raw samples stay out of the report
    const strip = ({ changes, window, ...rest }) => rest;
    return {
      originalScript: answer?.originalScript ?? 'unknown',
      target,
      convert: { ...strip(convert), ...cpuDelta(m0, m1) },
      restore: { ...strip(restore), ...cpuDelta(m1, m2) },
    };
  } finally {
    await page.close().catch(() => {});
  }
}
