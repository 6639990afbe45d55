// Chromium tracing around one measurement, and what the bench reads from it: the
// page's main-thread tasks (every task, not only those ≥ 50 ms), when the content
// script first ran, and which tasks ran extension code.
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  // V8's sampling profiler: which task ran our code, and for how long.
  'disabled-by-default-v8.cpu_profiler',
];
const TASK = 'ThreadControllerImpl::RunTask';
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** How close after a task its microtask checkpoint starts (µs). */
const CHECKPOINT_GAP_US = 200;
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

/**
 * An event's time on a core (`tdur`): short of its `dur` when other threads (V8's
 * compilers, the page's raster) hold the cores. The trace leaves it off events of a
 * microsecond or less: their `dur` stands in.
 */
const cpuOf = (event) => event.tdur ?? event.dur ?? 0;

/** A top-level task from its trace event. */
const taskOf = (event) => ({
  ts: event.ts,
  dur: event.dur ?? 0,
  cpu: cpuOf(event),
  extension: false,
  parts: {},
});

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
    if (event.name === CHECKPOINT && event.ts >= end) {
      // The microtasks after a task are part of it (promise continuations: most of a
      // content script's work), though the trace puts them beside it.
      const eventEnd = event.ts + (event.dur ?? 0);
      if (current && event.ts - end <= CHECKPOINT_GAP_US) {
        current.dur = eventEnd - current.ts;
        current.cpu += cpuOf(event);
      } else tasks.push((current = taskOf(event)));
      current.parts['script+other'] = (current.parts['script+other'] ?? 0) + (event.dur ?? 0);
      end = eventEnd;
      childEnd = eventEnd;
    } else if (event.name === TASK && event.ts >= end) {
      current = taskOf(event);
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
  // Mark the tasks that ran extension code (the content script or its imports). Few of
  // our trace events carry its URL (code resumed after an await runs as microtasks
  // without one): the profiler's samples say where our code was on the stack.
  let t = 0;
  let extensionStart = null;
  const mark = (ts) => {
    extensionStart = extensionStart === null ? ts : Math.min(extensionStart, ts);
    while (t < tasks.length && tasks[t].ts + tasks[t].dur < ts) t++;
    return t < tasks.length && tasks[t].ts <= ts ? tasks[t] : null;
  };
  for (const event of onThread) {
    if (!isExtensionUrl(urlOf(event))) continue;
    const task = mark(event.ts);
    if (task) task.extension = true;
  }
  t = 0;
  for (const sample of ourSamples(events, pid, tid)) {
    const task = mark(sample.ts);
    if (!task) continue;
    task.extension = true;
    task.ours = (task.ours ?? 0) + sample.dur;
  }
  const marks = (name) =>
    events
      .filter((e) => e.name === name && e.pid === pid && e.cat?.includes('blink.user_timing'))
      .map((e) => e.ts);
  return { tasks, extensionStart, marks };
}

/**
 * The main thread's profiler samples whose stack holds our code, each with the time
 * until the next sample (at most 2 ms), in trace µs.
 * @returns {{ ts: number, dur: number }[]}
 */
function ourSamples(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map();
  const samples = [];
  let ts = profile.args?.data?.startTime ?? 0;
  const chunks = events
    .filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)
    .sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const cpu = chunk.args?.data?.cpuProfile ?? {};
    for (const node of cpu.nodes ?? []) nodes.set(node.id, node);
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, id });
    });
  }
  const known = new Map();
  const isOurs = (id) => {
    if (known.has(id)) return known.get(id);
    const node = nodes.get(id);
    const ours =
      !!node &&
      (isExtensionUrl(node.callFrame?.url) || (node.parent !== undefined && isOurs(node.parent)));
    known.set(id, ours);
    return ours;
  };
  const out = [];
  for (let i = 0; i < samples.length; i++) {
    const { ts: at, id } = samples[i];
    if (!isOurs(id)) continue;
    const next = samples[i + 1]?.ts ?? at;
    out.push({ ts: at, dur: Math.min(2000, Math.max(0, next - at)) });
  }
  return out;
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
    // From the profiler's samples: a frame that called us back is not counted as ours
    // whole, and code resumed after an await is not missed.
    /** The longest time our code ran within one task. */
    oursLongest: ms(Math.max(0, ...inside.map((task) => task.ours ?? 0))),
    /** All the time our code ran on the page's main thread. */
    oursTotal: ms(inside.reduce((sum, task) => sum + (task.ours ?? 0), 0)),
    extensionTotal: ms(ext.reduce((sum, task) => sum + task.dur, 0)),
    /** Of `extensionTotal`, the time the main thread was on a core. */
    extensionCpu: ms(ext.reduce((sum, task) => sum + task.cpu, 0)),
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
