// Chromium tracing around one measurement, and what the bench reads from it: the
// page's main-thread tasks (every task, not only those ≥ 50 ms), when the content
// script first ran, and which tasks ran extension code.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.execute'];
const TASK = 'ThreadControllerImpl::RunTask';
const isExtensionUrl = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');

/** @param {import('puppeteer-core').Page} page */
export async function startTrace(page) {
  await page.tracing.start({ categories: CATEGORIES });
}

/** @param {import('puppeteer-core').Page} page @returns {Promise<any[]>} */
export async function stopTrace(page) {
  const data = await page.tracing.stop();
  if (!data) return [];
  return JSON.parse(Buffer.from(data).toString('utf8')).traceEvents ?? [];
}

const urlOf = (event) =>
  event.args?.data?.url ??
  event.args?.data?.scriptName ??
  event.args?.beginData?.url ??
  event.args?.fileName;

/**
 * The main thread of the renderer that parsed `pageUrl` (without its query), its
 * top-level tasks in ms, and the trace time of the first extension script there.
 * @param {any[]} events
 * @param {string} pageUrl
 */
export function analyseTrace(events, pageUrl) {
  const path = pageUrl.split('?')[0];
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').split('?')[0] === path,
  );
  // Traced after the load: the thread where the instrument's marks were set.
  const thread = parse ?? events.find((e) => String(e.name).startsWith('pangzhu-bench-change-'));
  if (!thread) throw new Error("trace: cannot find the page's main thread");
  const { pid, tid } = thread;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks = [];
  let end = -Infinity;
  let current = null;
  let childEnd = -Infinity;
  for (const event of onThread) {
    if (event.ph !== 'X') continue;
    if (event.name === TASK && event.ts >= end) {
      current = { ts: event.ts, dur: event.dur ?? 0, extension: false, parts: {} };
      tasks.push(current);
      end = event.ts + (event.dur ?? 0);
      childEnd = -Infinity;
    } else if (current && event.ts < end && event.ts >= childEnd && event.name !== TASK) {
      // Only the task's outermost events, so nested ones are not counted twice.
      const group = groupOf(event.name);
      current.parts[group] = (current.parts[group] ?? 0) + (event.dur ?? 0);
      childEnd = event.ts + (event.dur ?? 0);
    }
  }
  // Mark the tasks that ran extension code (the content script or its imports), and
  // how long our code itself ran in each (script, with any layout it forced), so a
  // frame whose callback list held a call of ours is not counted as ours whole.
  let t = 0;
  let extensionStart = null;
  let oursEnd = -Infinity;
  for (const event of onThread) {
    if (!isExtensionUrl(urlOf(event))) continue;
    extensionStart ??= event.ts;
    while (t < tasks.length && tasks[t].ts + tasks[t].dur < event.ts) t++;
    if (t >= tasks.length || tasks[t].ts > event.ts) continue;
    tasks[t].extension = true;
    if (event.ph === 'X' && event.ts >= oursEnd) {
      tasks[t].ours = (tasks[t].ours ?? 0) + (event.dur ?? 0);
      oursEnd = event.ts + (event.dur ?? 0);
    }
  }
  const marks = (name) =>
    events
      .filter((e) => e.name === name && e.pid === pid && e.cat?.includes('blink.user_timing'))
      .map((e) => e.ts);
  return { tasks, extensionStart, marks };
}

function groupOf(name) {
  if (name === 'UpdateLayoutTree' || name === 'Layout' || name === 'RecalculateStyles')
    return 'style+layout';
  if (/^(PrePaint|Paint|Layerize|UpdateLayer|Commit|CompositeLayers)/.test(name))
    return 'prepaint+paint';
  if (/GC|GarbageCollect/.test(name)) return 'gc';
  if (name === 'ParseHTML') return 'parse';
  return 'script+other';
}

/** The part that took most of a task's time, e.g. "prepaint+paint 141 ms of 152". */
function describe(task) {
  const [group, dur] = Object.entries(task.parts).sort((a, b) => b[1] - a[1])[0] ?? ['?', 0];
  return `${group} ${(dur / 1000).toFixed(0)} ms of ${(task.dur / 1000).toFixed(0)}${task.extension ? ', runs our code' : ''}`;
}

/**
 * The tasks that overlap [from, to] (trace µs), summarised in ms.
 * @param {{ ts: number, dur: number, extension: boolean }[]} tasks
 */
export function summariseTasks(tasks, from, to) {
  const inside = tasks.filter((task) => task.ts + task.dur >= from && task.ts <= to);
  const ext = inside.filter((task) => task.extension);
  const ms = (us) => us / 1000;
  const longestTask = inside.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), null);
  return {
    longestWhat: longestTask ? describe(longestTask) : null,
    count: inside.length,
    longest: ms(Math.max(0, ...inside.map((task) => task.dur))),
    total: ms(inside.reduce((sum, task) => sum + task.dur, 0)),
    over50: inside.filter((task) => task.dur > 50_000).length,
    extensionTasks: ext.length,
    extensionLongest: ms(Math.max(0, ...ext.map((task) => task.dur))),
    /** The longest time our own code ran within one task. */
    oursLongest: ms(Math.max(0, ...ext.map((task) => task.ours ?? 0))),
    extensionTotal: ms(ext.reduce((sum, task) => sum + task.dur, 0)),
  };
}

/**
 * Trace µs minus page ms × 1000, from the marks the instrument sets on each attribute
 * change (see instrument.mjs); null when no change happened while tracing.
 * @param {ReturnType<typeof analyseTrace>} analysis
 * @param {[number, string, string | null][]} changes
 */
export function traceOffset(analysis, changes) {
  for (let i = changes.length - 1; i >= 0; i--) {
    const [ts] = analysis.marks(`pangzhu-bench-change-${i}`);
    if (ts !== undefined) return ts - changes[i][0] * 1000;
  }
  return null;
}
