// Annotation of a fresh page: ours (time to ready, tasks, heap, script + layout) and the
// same page in the browser without the extension (the plain page's own cost, its heap,
// and the floor: one TreeWalker pass counting one RegExp of all the pack's names).
import { floorScan } from './baselines.mjs';
import { cpuOf, freshLoad, retainedHeap } from './load.mjs';
import { readProbe, stallWindow, summariseProbe, waitUntilPageTime } from './probe.mjs';
import { summariseTasks, traceOffset } from './trace.mjs';

const maxOf = (values) => values.reduce((max, v) => Math.max(max, v), 0);

/**
 * Timings come from a load without tracing: the trace's sampling profiler slows the
 * page's scripts (ours most), and the floor they are compared with runs untraced. With
 * `trace`, a second load is traced for what the trace alone can say (tasks, our code).
 * @param {{ browser: import('puppeteer-core').Browser }} ours
 * @param {string} origin
 * @param {string} path
 * @param {{ trace: boolean, timeout?: number }} options
 */
export async function annotateOnce(ours, origin, path, { trace, timeout = 90_000 }) {
  const timed = await timedLoad(ours, origin, path, timeout);
  // A failed traced load leaves its rows n/a, not the timings of this sample.
  const traced = trace
    ? await tracedLoad(ours, origin, path, timeout).catch((error) => ({ error: String(error) }))
    : null;
  return { ...timed, traced };
}

async function timedLoad(ours, origin, path, timeout) {
  const load = await freshLoad(ours.browser, origin, path, { ours: true, timeout });
  try {
    const { bench } = load;
    const ready = /** @type {number} */ (bench.ready);
    // Untraced, the first sign of the content script is its first write of a state
    // attribute (after it read its settings): the long-task window starts there. Tasks
    // before it (the script's evaluation) are in the traced load's rows.
    const contentStart = /** @type {number} */ (bench.firstSeen);
    // Tasks until the page settled after `ready`, so the paint of the last highlights counts.
    const windowEnd = Math.max(ready, load.settledAt);
    const longTasks = bench.longTasks.filter(
      (task) => task.start + task.duration >= contentStart && task.start <= windowEnd,
    );
    const cpu = cpuOf(load.after);
    const probe = await probeOf(load.page);
    return {
      probe,
      readyMs: ready,
      contentStartMs: contentStart,
      spanMs: ready - contentStart,
      longTaskMaxMs: maxOf(longTasks.map((task) => task.duration)),
      longTaskCount: longTasks.length,
      scriptMs: cpu.script,
      layoutMs: cpu.layout,
      heapBeforeGcBytes: load.after.JSHeapUsedSize ?? NaN,
      heapBytes: await retainedHeap(load.page),
    };
  } finally {
    await load.page.close().catch(() => {});
  }
}

/** The tasks from the content script's first run until the page settled after `ready`. */
async function tracedLoad(ours, origin, path, timeout) {
  const load = await freshLoad(ours.browser, origin, path, { ours: true, trace: true, timeout });
  try {
    const { bench, analysis } = load;
    const windowEnd = Math.max(/** @type {number} */ (bench.ready), load.settledAt);
    const offset = analysis ? traceOffset(analysis, bench.changes) : null;
    if (!analysis || offset === null || analysis.extensionStart === null) return null;
    const at = (pageMs) => offset + pageMs * 1000;
    return {
      ...summariseTasks(analysis.tasks, analysis.extensionStart, at(windowEnd)),
      // First write → ready alone, as the span is timed (its tasks, and their time on a core).
      span: summariseTasks(
        analysis.tasks,
        at(/** @type {number} */ (bench.firstSeen)),
        at(bench.ready),
      ),
    };
  } finally {
    await load.page.close().catch(() => {});
  }
}

/**
 * The page-side probes' figures of a load (probe.mjs), once its window is over.
 * @param {import('puppeteer-core').Page} page
 * @param {number} [plainReadyAt]  without the extension: where the window ends (page time)
 */
async function probeOf(page, plainReadyAt) {
  await waitUntilPageTime(page, stallWindow(await readProbe(page), plainReadyAt).to + 20);
  return summariseProbe(await readProbe(page), plainReadyAt);
}

/**
 * The same page without the extension, then the floor on it.
 * @param {{ browser: import('puppeteer-core').Browser }} plain
 * @param {string} origin
 * @param {string} path
 * @param {string} namesSource  the source of the RegExp of all names
 * @param {number} [plainReadyAt]  where the probes' window ends (see probe.mjs)
 */
export async function plainOnce(plain, origin, path, namesSource, plainReadyAt) {
  const load = await freshLoad(plain.browser, origin, path, { ours: false });
  try {
    // Before the floor scan, which would be a stall of its own.
    const probe = await probeOf(load.page, plainReadyAt);
    const cpu = cpuOf(load.after);
    const heapBytes = await retainedHeap(load.page);
    const floor = await floorScan(load.page, namesSource);
    // The page's own longest task after DOMContentLoaded: what it costs without us.
    const dcl = load.bench.nav.domContentLoaded;
    const ownTasks = load.bench.longTasks.filter(
      (t) => t.start + t.duration >= dcl && t.start < floor.startedAt,
    );
    return {
      probe,
      pageLongTaskAfterDclMs: Math.max(0, ...ownTasks.map((t) => t.duration)),
      domContentLoadedMs: load.bench.nav.domContentLoaded,
      firstPaintMs: load.bench.nav.firstPaint,
      loadMs: load.bench.nav.load,
      scriptMs: cpu.script,
      layoutMs: cpu.layout,
      heapBytes,
      floorMs: floor.ms,
      floorCount: floor.count,
    };
  } finally {
    await load.page.close().catch(() => {});
  }
}
