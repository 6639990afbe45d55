// The bench's report: medians of the runs, targets with PASS/FAIL, and the same
// figures as a readable table. A figure that could not be measured is "n/a (reason)".
import { median } from './median.mjs';
import { probeFigures, SETTLE_MS } from './probe.mjs';

/** Why Firefox has no heap figure: nothing a bench can read reports its JS heap. */
const FIREFOX_HEAP_NA =
  "Firefox's JS heap: n/a (it gives a page no heap figure: performance.memory is Chromium-only, and WebDriver BiDi has no memory command)";
/** The pages whose stall we add is a target, in both browsers. */
const STALL_TARGET_PAGES = ['seed-article', 'news-1mb', 'news-5mb'];

const ok = (runs) => (runs ?? []).filter((run) => run && !run.error);
const reasonOf = (runs) => (runs ?? []).find((run) => run?.error)?.error ?? 'no runs';

/** Median of `pick(run)` over the successful runs, or NaN. */
const med = (runs, pick) =>
  median(
    ok(runs)
      .map(pick)
      .filter((v) => v !== undefined && v !== null),
  );

const ms = (value) =>
  Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : 'n/a';
const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(2)} MB` : 'n/a');
/** The longest run of our code in one task (annotation, conversion): 40 ms, a margin under 50. */
const LONGEST_RUN_MS = 40;
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
const num = (value) => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');
/** A stall we add, with its two sides: "12.0 ms (190 ms − 178 ms)". */
const stallText = ({ ours, plain, added }) => `${ms(added)} (${ms(ours)} − ${ms(plain)})`;

/**
 * @param {any} results  what run.mjs collected
 * @returns {{ text: string, targets: { name: string, value: string, limit: string, pass: boolean | null }[] }}
 */
export function formatReport(results) {
  const lines = [];
  const targets = [];
  const target = (name, value, limit, pass, why = '') => {
    targets.push({ name, value, limit, pass: Number.isNaN(pass) ? null : pass });
    const verdict =
      pass === 'info'
        ? 'info'
        : pass === null || Number.isNaN(pass)
          ? `n/a${why ? ` (${why})` : ''}`
          : pass
            ? 'PASS'
            : 'FAIL';
    lines.push(`  ${verdict.padEnd(6)} ${name}: ${value} (target ${limit})`);
  };
  const table = (title, columns, rows) => {
    lines.push('', title);
    const widths = [
      Math.max(...rows.map((r) => r[0].length), 10),
      ...columns.map((c) => Math.max(c.length, 14)),
    ];
    lines.push(['', ...columns].map((c, i) => c.padEnd(widths[i] ?? 14)).join('  '));
    for (const row of rows)
      lines.push(row.map((c, i) => String(c).padEnd(widths[i] ?? 14)).join('  '));
  };
  const { machine } = results;
  lines.push(
    `Pangzhu bench — ${results.date}`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb.toFixed(1)} GB, node ${machine.node}, ${machine.chromium}, ${machine.firefox ?? 'no Firefox'}`,
    `medians of ${results.runs} fresh loads each (the 1 MB and 5 MB news pages ${results.longPageRuns ?? results.runs}, the 5 MB page ${results.firefox5mbRuns ?? Math.min(results.runs, 2)} in Firefox; the typical article ${results.typicalRuns ?? results.runs}); trace ${results.traced ? 'on' : 'off'}; ${results.seconds?.toFixed(0) ?? '?'} s`,
    `pages: ${Object.entries(results.pages)
      .map(([k, p]) => `${k} ${mb(p.bytes)}`)
      .join(', ')}`,
  );
  if (results.fatal) lines.push(`STOPPED EARLY: ${results.fatal}`);
  if (results.firefoxFatal) lines.push(`FIREFOX STOPPED EARLY: ${results.firefoxFatal}`);

  // Annotation.
  const keys = Object.keys(results.annotation);
  const derived = {};
  const rows = [];
  const row = (label, fn) =>
    rows.push([label, ...keys.map((key) => fn(results.annotation[key], key))]);
  for (const key of keys) {
    const { ours, plain } = results.annotation[key];
    const added = (pick) => med(ours, pick) - med(plain, pick);
    derived[key] = {
      ready: med(ours, (r) => r.readyMs),
      span: med(ours, (r) => r.spanMs),
      longTask: med(ours, (r) => r.longTaskMaxMs),
      // Long-task entries miss some rendering tasks: count the trace's tasks that ran our code too.
      longTaskWorst: Math.max(
        ...ok(ours).map((r) => Math.max(r.longTaskMaxMs, r.traced?.extensionLongest ?? 0)),
      ),
      // The content script's own tasks: the longest our code ran within one task.
      oursWorst: Math.max(...ok(ours).map((r) => r.traced?.oursLongest ?? NaN)),
      oursTotal: med(ours, (r) => r.traced?.oursTotal),
      // From first write to ready, the tasks that ran our code and their time on a core
      // (short of theirs when V8's compilers and the page's raster hold the cores).
      spanTasks: med(ours, (r) => r.traced?.span?.extensionTotal),
      spanCpu: med(ours, (r) => r.traced?.span?.extensionCpu),
      tracedWorst: Math.max(...ok(ours).map((r) => r.traced?.longest ?? NaN)),
      tracedLongest: med(ours, (r) => r.traced?.longest),
      floor: med(plain, (r) => r.floorMs),
      floorFromNav: med(plain, (r) => r.domContentLoadedMs + r.floorMs),
      // As ours starts: once the page is parsed and has painted its first frame (a scan at
      // DOMContentLoaded would hold that frame back; where the page lays itself out after
      // DCL, the DCL reading leaves the page's own first layout out of the floor alone).
      floorAfterPaint: med(
        plain,
        (r) => Math.max(r.domContentLoadedMs, r.firstPaintMs) + r.floorMs,
      ),
      scriptAdded: added((r) => r.scriptMs),
      layoutAdded: added((r) => r.layoutMs),
      cpuAdded: added((r) => r.scriptMs + r.layoutMs),
      heapAdded: added((r) => r.heapBytes),
      oursFailed: ok(ours).length === 0 ? reasonOf(ours) : null,
      plainFailed: ok(plain).length === 0 ? reasonOf(plain) : null,
    };
  }
  const d = (key) => derived[key];
  row('ready from navigation start', (a, k) =>
    d(k).oursFailed ? `n/a (${d(k).oursFailed})` : ms(d(k).ready),
  );
  row('  content script first wrote at', (a) => ms(med(a.ours, (r) => r.contentStartMs)));
  row('  first write → ready', (a, k) => ms(d(k).span));
  row('longest task ≥50 ms (observer)', (a, k) => ms(d(k).longTask));
  row('  tasks ≥50 ms (median count)', (a) => num(med(a.ours, (r) => r.longTaskCount)));
  row('longest task, any length (trace)', (a, k) => ms(d(k).tracedLongest));
  row('  what it was (worst run)', (a) => {
    const worst = ok(a.ours).reduce(
      (w, r) => ((r.traced?.longest ?? -1) > (w?.traced?.longest ?? -1) ? r : w),
      null,
    );
    return worst?.traced?.longestWhat ?? 'n/a';
  });
  row('  longest task running our code', (a) => ms(med(a.ours, (r) => r.traced?.extensionLongest)));
  row('  … our code within it', (a) => ms(med(a.ours, (r) => r.traced?.oursLongest)));
  row('our code on the main thread (trace)', (a) => ms(med(a.ours, (r) => r.traced?.oursTotal)));
  row(
    '  first write → ready: its tasks on a core / in all',
    (a, k) => `${ms(d(k).spanCpu)} / ${ms(d(k).spanTasks)}`,
  );
  row('  main thread busy start → ready', (a) => ms(med(a.ours, (r) => r.traced?.total)));
  row('script + layout added (CDP)', (a, k) => ms(d(k).cpuAdded));
  row('  script added', (a, k) => ms(d(k).scriptAdded));
  row('  layout added', (a, k) => ms(d(k).layoutAdded));
  row('JS heap added (after GC)', (a, k) => mb(d(k).heapAdded));
  row('  heap without extension', (a) => mb(med(a.plain, (r) => r.heapBytes)));
  row('floor: TreeWalker + RegExp', (a, k) =>
    d(k).plainFailed ? `n/a (${d(k).plainFailed})` : ms(d(k).floor),
  );
  row('  floor matches', (a) => num(med(a.plain, (r) => r.floorCount)));
  row('  floor from navigation (DCL + scan)', (a, k) => ms(d(k).floorFromNav));
  row('  page alone: first paint', (a) => ms(med(a.plain, (r) => r.firstPaintMs)));
  row('  floor from navigation after first paint', (a, k) => ms(d(k).floorAfterPaint));
  row('page alone: DOMContentLoaded', (a) => ms(med(a.plain, (r) => r.domContentLoadedMs)));
  row('page alone: longest task after DCL', (a) =>
    ms(med(a.plain, (r) => r.pageLongTaskAfterDclMs)),
  );
  row('page alone: script + layout', (a) => ms(med(a.plain, (r) => r.scriptMs + r.layoutMs)));
  if (keys.length)
    table(
      'Annotation (ours = with extension, minus the same page without it where "added")',
      keys,
      rows,
    );

  // Both browsers, measured the same way (probe.mjs).
  const browsers = [
    ['Chromium', results.annotation ?? {}],
    ['Firefox', results.firefox ?? {}],
  ].filter(([, pages]) => Object.keys(pages).length > 0);
  const probedKeys = [...new Set(browsers.flatMap(([, pages]) => Object.keys(pages)))];
  const probeRows = [];
  /** @type {Record<string, Record<string, ReturnType<typeof probeFigures> & { failed: string | null }>>} */
  const probed = {};
  for (const [label, pages] of browsers) {
    probed[label] = {};
    for (const key of probedKeys) {
      const page = pages[key];
      probed[label][key] = {
        ...probeFigures(page?.ours, page?.plain),
        failed: !page ? 'not measured' : ok(page.ours).length === 0 ? reasonOf(page.ours) : null,
      };
    }
    const f = (key) => probed[label][key];
    const prow = (name, fn) => probeRows.push([name, ...probedKeys.map((key) => fn(f(key), key))]);
    prow(`${label}: ready after DOMContentLoaded`, (p) =>
      p.failed ? `n/a (${p.failed})` : ms(p.readyAfterDcl),
    );
    prow(`  stall with the extension`, (p) => ms(p.stall.ours));
    prow(`  stall without it (same window)`, (p) => ms(p.stall.plain));
    prow(`  stall added`, (p) => ms(p.stall.added));
    // The earlier reading, from each load's DOMContentLoaded: which side of it Chromium lays out a
    // long page varies from load to load, with the extension or without (probe.mjs).
    prow(`  … counted from DOMContentLoaded: added`, (p) => ms(p.stallAfterDcl.added));
    prow(`  fresh loads with the extension`, (p) => num(p.loads));
    if (label === 'Chromium')
      prow(`  JS heap added (after GC)`, (p, key) => mb(derived[key]?.heapAdded));
  }
  if (browsers.length) {
    table(
      `Both browsers, page-side probes (stall: longest gap of a page's 10 ms timer from navigation start to ready + ${SETTLE_MS} ms; without the extension the same window, to the median ready with it)`,
      probedKeys,
      probeRows,
    );
    if (browsers.some(([label]) => label === 'Firefox')) lines.push(FIREFOX_HEAP_NA);
  }

  // mark.js.
  const mark = results.markjs;
  const markForm = (mode) => {
    const runs = mark?.[mode]?.runs;
    return { runs, ok: ok(runs), total: med(runs, (r) => r.scriptMs + r.layoutMs) };
  };
  const markNames = markForm('names');
  const markRegExp = markForm('regexp');
  lines.push('', 'mark.js on news-1mb (the same names, then forced layout)');
  if (!mark) lines.push('  skipped');
  for (const [label, form] of [
    ['mark(names), its keyword-list API', markNames],
    ['markRegExp(one RegExp of all names)', markRegExp],
  ]) {
    if (!mark) break;
    if (form.ok.length === 0) lines.push(`  ${label}: n/a (${reasonOf(form.runs)})`);
    else
      lines.push(
        `  ${label}: script ${ms(med(form.runs, (r) => r.scriptMs))} + layout ${ms(med(form.runs, (r) => r.layoutMs))} = ${ms(form.total)}; ${num(med(form.runs, (r) => r.count))} marks; ${form.ok.length}/${form.runs.length} runs finished`,
      );
  }

  // Conversion.
  const convRows = [];
  const convKeys = Object.keys(results.conversion);
  const crow = (label, fn) =>
    convRows.push([label, ...convKeys.map((key) => fn(results.conversion[key]))]);
  crow('direction', (c) => `→ ${c.target} (${c.direction.from}→${c.direction.to})`);
  for (const step of ['convert', 'restore']) {
    crow(`ours ${step}: request → variant attribute`, (c) =>
      ok(c.ours).length ? ms(med(c.ours, (r) => r[step].shownMs)) : `n/a (${reasonOf(c.ours)})`,
    );
    crow(`  … → whole page written`, (c) => ms(med(c.ours, (r) => r[step].writtenMs)));
    crow(`  … → annotated again`, (c) => {
      const busy = ok(c.ours).find((r) => r[step].stillBusy)?.[step].stillBusy;
      return busy ? `n/a (${busy})` : ms(med(c.ours, (r) => r[step].readyMs));
    });
    crow(`  our code on the main thread: ${step}`, (c) =>
      ms(med(c.ours, (r) => r[step].tracedWrite?.oursTotal)),
    );
    crow(`  … then the rescan of what changed`, (c) =>
      ms(med(c.ours, (r) => r[step].tracedRescan?.oursTotal)),
    );
    crow(`  script (CDP; includes the bench's text observer)`, (c) =>
      ms(med(c.ours, (r) => r[step].script)),
    );
    crow(`  layout (CDP)`, (c) => ms(med(c.ours, (r) => r[step].layout)));
    crow(`  longest task ≥50 ms (observer)`, (c) => ms(med(c.ours, (r) => r[step].longTaskMaxMs)));
    crow(`  our code's longest run in one task`, (c) =>
      ms(med(c.ours, (r) => r[step].traced?.oursLongest)),
    );
    crow(`  longest task, any length (trace)`, (c) =>
      ms(med(c.ours, (r) => r[step].traced?.longest)),
    );
    crow(`  what it was (worst run)`, (c) => {
      const worst = ok(c.ours).reduce(
        (w, r) => ((r[step].traced?.longest ?? -1) > (w?.[step].traced?.longest ?? -1) ? r : w),
        null,
      );
      return worst?.[step].traced?.longestWhat ?? 'n/a';
    });
    crow(`HTMLConverter ${step}: script`, (c) =>
      ok(c.htmlConverter).length
        ? ms(med(c.htmlConverter, (r) => r[step].scriptMs))
        : `n/a (${reasonOf(c.htmlConverter)})`,
    );
    crow(`  then forced layout`, (c) => ms(med(c.htmlConverter, (r) => r[step].layoutMs)));
  }
  crow('HTMLConverter dictionary build', (c) => ms(med(c.htmlConverter, (r) => r.dictionaryMs)));
  crow('HTMLConverter longest task', (c) => ms(med(c.htmlConverter, (r) => r.longestTaskMs)));
  if (convKeys.length)
    table(
      'Conversion (first conversion of a fresh page, dictionary load included)',
      convKeys,
      convRows,
    );

  // Popup and payload.
  const popupMs = med(results.popup?.runs, (r) => r.shownMs);
  lines.push(
    '',
    `popup.html?tab=<news-1mb> content shown: ${results.popup?.error ? `n/a (${results.popup.error})` : ms(popupMs)}`,
  );
  const cardFirst = med(results.card?.runs, (r) => r.firstMs);
  const cardLater = med(results.card?.runs, (r) => Math.max(...r.laterMs));
  lines.push(
    results.card?.error
      ? `hover card: n/a (${results.card.error})`
      : `hover card on screen after the 300 ms intent delay: first ${ms(cardFirst)}, later ones at most ${ms(cardLater)} (seed demo page)`,
  );
  const payload = results.payload;
  lines.push(
    payload?.error
      ? `payload: n/a (${payload.error})`
      : `content script: ${kb(payload.bytes)}, ${kb(payload.gzipBytes)} gzipped; with the page engine a page to be annotated imports: ${kb(payload.bytes + payload.engineBytes)}, ${kb(payload.gzipBytes + payload.engineGzipBytes)} gzipped`,
  );

  // Targets.
  lines.push('', 'Targets');
  const a1 = derived['news-1mb'] ?? {};
  const a5 = derived['news-5mb'] ?? {};
  const p1 = derived['plain-1mb'] ?? {};
  // The whole page's time from navigation, the floor starting where ours does: after the
  // page's first paint. The DCL reading beside it: this page lays itself out after DCL here
  // (~200 ms), which a floor taken at DCL leaves out and our ready cannot.
  target(
    "1 MB ready from navigation ≤ 2× floor from navigation (both after the page's first paint)",
    `${ms(a1.ready)} vs 2 × ${ms(a1.floorAfterPaint)}; with the floor from DCL instead: 2 × ${ms(a1.floorFromNav)}`,
    '≤ 2×',
    Number.isFinite(a1.ready * a1.floorAfterPaint) ? a1.ready <= 2 * a1.floorAfterPaint : NaN,
  );
  // The whole page's cost read strictly: our first write → ready against the floor's scan
  // alone (a TreeWalker and one RegExp over the same text), at most 5×.
  target(
    '1 MB content script first write → ready ≤ 5× the floor scan alone',
    `${ms(a1.span)} vs 5 × ${ms(a1.floor)} (${(a1.span / a1.floor).toFixed(1)}×; our code on the main thread ${ms(a1.oursTotal)}; the tasks that ran it from first write to ready on a core ${ms(a1.spanCpu)} of ${ms(a1.spanTasks)})`,
    '≤ 5×',
    Number.isFinite(a1.span / a1.floor) ? a1.span <= 5 * a1.floor : NaN,
  );
  // Ours: script added, plus layout added where it is above the noise (a page's own
  // layout varies by ±100 ms between loads, so the difference can come out negative).
  const oursCost = a1.scriptAdded + Math.max(0, a1.layoutAdded);
  const ratio = markNames.total / oursCost;
  const markTimedOut = markNames.ok.length === 0 && /timed out/.test(reasonOf(markNames.runs));
  target(
    'mark.js mark(names) ≥ 50× ours (script + layout added)',
    Number.isFinite(ratio)
      ? `${ratio.toFixed(0)}× (${ms(markNames.total)} vs ${ms(oursCost)}; markRegExp ${ms(markRegExp.total)})`
      : markTimedOut
        ? `mark.js timed out vs ${ms(oursCost)}`
        : 'n/a',
    '≥ 50×',
    markTimedOut ? true : Number.isFinite(ratio) ? ratio >= 50 : NaN,
  );
  for (const [key, a] of [
    ['news-1mb', a1],
    ['news-5mb', a5],
  ]) {
    target(
      `${key}: no run of our code > ${LONGEST_RUN_MS} ms in one task while annotating`,
      `worst ${ms(a.oursWorst)} of our code in one task (tasks running it, rendering included: ${ms(a.longTaskWorst)}; any task of the page: ${ms(a.tracedWorst)})`,
      `≤ ${LONGEST_RUN_MS} ms`,
      Number.isFinite(a.oursWorst) ? a.oursWorst <= LONGEST_RUN_MS : NaN,
    );
  }
  // CDP's ScriptDuration misses most of a content script's work (it read 5 ms where the
  // trace showed ~240 ms of ours): the trace's own count of our code decides.
  target(
    'no-CJK 1 MB: content script on the main thread',
    `${ms(p1.oursTotal)} (CDP script added: ${ms(p1.scriptAdded)})`,
    '< 10 ms',
    Number.isFinite(p1.oursTotal) ? p1.oursTotal < 10 : NaN,
  );
  // Strictly read: all a page to be annotated evaluates at start, the content script and the
  // page engine it imports (a page without Chinese text evaluates the content script alone).
  const startUp = (payload?.gzipBytes ?? NaN) + (payload?.engineGzipBytes ?? NaN);
  target(
    'start-up payload gzipped, content script + page engine',
    `${kb(startUp)} (content script alone: ${kb(payload?.gzipBytes)})`,
    '< 100 KB',
    Number.isFinite(startUp) ? startUp < 100 * 1024 : NaN,
  );
  target(
    'all a page to be annotated reads at start, gzipped: code and the pack (core, names index)',
    kb(startUp + (payload?.packDataGzipBytes ?? NaN)),
    'none: data of the package, read from disk',
    'info',
  );
  const article = derived['seed-article'] ?? {};
  target(
    'JS heap added by one tab on a typical article (seed demo page), industry pack',
    mb(article.heapAdded),
    '≤ 3 MB',
    Number.isFinite(article.heapAdded) ? article.heapAdded <= 3 * 2 ** 20 : NaN,
  );
  target(
    'JS heap added on 1 MB',
    mb(a1.heapAdded),
    '< 20 MB',
    Number.isFinite(a1.heapAdded) ? a1.heapAdded < 20 * 2 ** 20 : NaN,
  );
  for (const key of convKeys) {
    const c = results.conversion[key];
    for (const step of ['convert', 'restore']) {
      // The trace's count of our code until the last text was written (HTMLConverter is
      // traced too, so both carry the profiler's cost): CDP's script time also holds the
      // bench's own observer of text writes, and the rescan is not conversion.
      const mine = med(c.ours, (r) => r[step].tracedWrite?.oursTotal ?? r[step].script);
      // Our first conversion loads its dictionary: so does theirs, counted here.
      const theirs = med(
        c.htmlConverter,
        (r) => r[step].scriptMs + (step === 'convert' ? r.dictionaryMs : 0),
      );
      target(
        `${key} ${step}: our script ≤ HTMLConverter's${step === 'convert' ? ' (dictionary included on both sides)' : ''}`,
        `${ms(mine)} vs ${ms(theirs)}`,
        '≤',
        Number.isFinite(mine * theirs) ? mine <= theirs : NaN,
      );
    }
    const worstOf = (pick) =>
      Math.max(...ok(c.ours).flatMap((r) => ['convert', 'restore'].map((st) => pick(r[st]))));
    const worst = worstOf((step) => step.traced?.oursLongest ?? NaN);
    const withRendering = worstOf((step) =>
      Math.max(step.longTaskMaxMs, step.traced?.extensionLongest ?? 0),
    );
    target(
      `${key}: our conversion's longest run in one task ≤ ${LONGEST_RUN_MS} ms`,
      `worst ${ms(worst)} of our code in one task (tasks running it, rendering included: ${ms(withRendering)}), HTMLConverter ${ms(med(c.htmlConverter, (r) => r.longestTaskMs))}`,
      `≤ ${LONGEST_RUN_MS} ms`,
      Number.isFinite(worst) ? worst <= LONGEST_RUN_MS : NaN,
    );
    const first = med(c.ours, (r) => r.convert.shownMs);
    const whole = med(c.ours, (r) => r.convert.writtenMs);
    // The issue sets this target on the 1 MB page; the 5 MB page's figure is for reference.
    const isTargetPage = results.pages[key]?.bytes < 2 * 2 ** 20;
    target(
      `${key}: first conversion incl. dictionary load (screen shown; whole page written)`,
      `${ms(first)}; ${ms(whole)}`,
      isTargetPage ? '< 300 ms' : '< 300 ms on the 1 MB page',
      !isTargetPage ? 'info' : Number.isFinite(first) ? first < 300 : NaN,
    );
  }
  target(
    'hover card on screen within 50 ms of the intent delay',
    ms(Math.max(cardFirst, cardLater)),
    '≤ 50 ms',
    Number.isFinite(cardFirst) ? Math.max(cardFirst, cardLater) <= 50 : NaN,
  );
  target(
    'popup content shown',
    ms(popupMs),
    '< 150 ms',
    Number.isFinite(popupMs) ? popupMs < 150 : NaN,
  );

  for (const [label] of browsers) {
    const article = probed[label]['seed-article'];
    if (article)
      target(
        `${label}: typical article (seed demo page) ready after DOMContentLoaded, median of fresh loads`,
        ms(article.readyAfterDcl),
        '≤ 100 ms',
        Number.isFinite(article.readyAfterDcl) ? article.readyAfterDcl <= 100 : NaN,
      );
    for (const key of STALL_TARGET_PAGES) {
      const p = probed[label][key];
      if (!p) continue;
      target(
        `${label}: ${key} stall we add (with minus without)`,
        `${stallText(p.stall)}; counted from DOMContentLoaded ${stallText(p.stallAfterDcl)}`,
        '≤ 50 ms',
        Number.isFinite(p.stall.added) ? p.stall.added <= 50 : NaN,
      );
    }
  }

  // findMentions() per paragraph, from the Node benchmark's lines (one per form).
  for (const [, form, wall, cpu] of (results.node?.output ?? '').matchAll(
    /findMentions\(\) per paragraph, seed pack, (\w+): ([\d.]+) \([^)]*\), CPU ([\d.]+)/g,
  )) {
    target(
      `findMentions() per paragraph, Node, ${form}`,
      `${wall} M units/s (CPU ${cpu})`,
      '≥ 30 M units/s',
      Number(wall) >= 30,
    );
  }

  // Node matcher benchmark.
  if (results.node) {
    lines.push(
      '',
      `Matcher Node benchmark (npx vitest run --config vitest.bench.config.ts): exit ${results.node.exitCode}${results.node.signal ? ` (${results.node.signal})` : ''}`,
    );
    lines.push(
      ...results.node.output
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
    );
  }
  return { text: lines.join('\n'), targets };
}
