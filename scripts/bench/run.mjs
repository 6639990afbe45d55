// npm run bench: the built extension in real Chromium on large generated pages, its
// figures beside baselines measured in the same run (a Chromium without the extension:
// a bare TreeWalker + RegExp floor, mark.js, opencc-js's HTMLConverter), then the
// matcher's Node benchmark; the same pages in Firefox ESR with and without the extension,
// measured by page-side probes (probe.mjs), as are Chromium's. Prints a table and writes
// bench-results/latest.json.
//   node scripts/bench/run.mjs [--runs 3] [--no-trace] [--no-node] [--no-markjs] [--only a,b]
//     [--browsers chromium,firefox]
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPageServer } from '../serve.mjs';
import { annotateOnce, plainOnce } from './browser/annotation.mjs';
import { htmlConverterOnce, markJsOnce, namesRegExpSource } from './browser/baselines.mjs';
import { launchOurs, launchPlain } from './browser/browsers.mjs';
import { launchWithExtension } from '../launch.mjs';
import { plainWindowEnd } from './browser/probe.mjs';
import { probedLoad } from './browser/probed-load.mjs';
import { convertOnce } from './browser/conversion.mjs';
import { openControlPage, tabIdOf } from './browser/extension-pages.mjs';
import { BLANK_HTML, BLANK_PATH, freshLoad } from './browser/load.mjs';
import { cardOnce } from './browser/card.mjs';
import { popupOnce } from './browser/popup.mjs';
import { formatReport } from './browser/report.mjs';
import { BENCH_PAGES, generatePage, packNames } from './pages/generate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const PAGE_ENGINE = resolve(ROOT, '.output/chrome-mv3/engine/page.js');
const PACK_START_FILES = ['cloud-2023.core.json', 'cloud-2023.names.bin'].map((name) =>
  resolve(ROOT, '.output/chrome-mv3/packs', name),
);
const argv = process.argv.slice(2);
const RUNS = Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 3);
const TRACE = !argv.includes('--no-trace');
const MARK_TIMEOUT_MS = 120_000;
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
/** --only annotation,markjs,conversion,popup runs just those parts (for working on the bench). */
const part = (name) => !onlyArg || onlyArg.split(',').includes(name);
const browsersArg = argv.includes('--browsers') ? argv[argv.indexOf('--browsers') + 1] : null;
/** --browsers chromium,firefox (the default: both). Conversion, popup, card and mark.js are Chromium's. */
const inBrowser = (name) => !browsersArg || browsersArg.split(',').includes(name);
/**
 * Loads of the typical article, in each browser: more than of the long pages, as it is
 * small (a load takes under a second) and one load differs from the next by more than
 * its target's margin (66, 121 and 162 ms in one Firefox run of three loads).
 */
const TYPICAL_RUNS = Math.max(RUNS, 9);
/** The pages measured in both browsers, in the same order in each, the typical article last. */
const PROBED_PAGES = ['news-1mb', 'news-5mb', 'plain-1mb', 'seed-article'];
/**
 * Loads of the long pages, whose stall is a target: their own parse and first layout vary
 * from one load to the next by more than its margin (Firefox parsed the 1 MB page in
 * 170–280 ms without the extension; Chromium's 5 MB page stalled 277–305 ms in some loads
 * and 355–379 in others without it), so the median of three, then of five, swung past it.
 */
const LONG_PAGE_RUNS = Math.max(RUNS, 7);
/** Firefox's loads of the 5 MB page: fewer (each takes seconds; its parse 625–858 ms). */
const FIREFOX_5MB_RUNS = Math.min(LONG_PAGE_RUNS, 5);
/** The loads a page gets: the long pages and the typical article more, the 5 MB page fewer in Firefox. */
const runsOf = (key, browser) =>
  key === 'seed-article'
    ? TYPICAL_RUNS
    : browser === 'firefox' && key === 'news-5mb'
      ? FIREFOX_5MB_RUNS
      : key === 'news-1mb' || key === 'news-5mb'
        ? LONG_PAGE_RUNS
        : RUNS;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const errorText = (error) => (error instanceof Error ? error.message : String(error));

/** Runs `fn` RUNS times; a failed run is kept as { error } and does not stop the others. */
async function samples(label, fn, runs = RUNS) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const run = await sample(label, i, fn);
    out.push(run);
    // A run that timed out would time out again: keep the whole bench to minutes.
    if (timedOut(run)) break;
  }
  return out;
}

/** Run `i` of `fn`, or { error } if it failed. */
async function sample(label, i, fn) {
  const started = Date.now();
  try {
    const run = await fn(i);
    log(`${label} #${i + 1}: ${Date.now() - started} ms`);
    return run;
  } catch (error) {
    log(`${label} #${i + 1} failed: ${errorText(error)}`);
    return { error: errorText(error) };
  }
}

const timedOut = (run) => typeof run?.error === 'string' && /timed out/.test(run.error);

/**
 * A page with the extension and without it, a load of each in turn: what the extension
 * adds is read from the two, and loads drift by tens of ms over a minute of a shared
 * machine, so a block of each would compare two stretches of its time. Each load without
 * the extension is given the window of those with it so far (`plainWindowEnd`).
 */
async function pairedSamples(label, withExtension, withoutExtension, runs) {
  const ours = [];
  const plain = [];
  for (let i = 0; i < runs; i++) {
    const run = await sample(label, i, withExtension);
    ours.push(run);
    if (timedOut(run)) break;
    const plainRun = await sample(`${label} without extension`, i, () =>
      withoutExtension(plainWindowEnd(ours)),
    );
    plain.push(plainRun);
    if (timedOut(plainRun)) break;
  }
  return { ours, plain };
}

async function nodeBench() {
  return new Promise((done) => {
    const child = spawn('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 600_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex -- strips the child's terminal colours
      const text = output.replace(/\x1b\[[0-9;]*m/g, '');
      done({ exitCode: code, signal, output: text });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ exitCode: null, signal: null, output: `could not start: ${errorText(error)}` });
    });
  });
}

/** Thrown to leave the Chromium part out (--browsers without chromium). */
class SkipChromium extends Error {}

/**
 * The probed pages in Firefox, with the extension and without it (the same browser and
 * profile settings), each page's loads without it using the window of its loads with it.
 */
async function firefoxPart(results, origin, paths) {
  let ours = null;
  let plain = null;
  try {
    ours = await launchWithExtension('firefox', { viewport: { width: 1280, height: 900 } });
    plain = await launchWithExtension('firefox', {
      viewport: { width: 1280, height: 900 },
      extension: false,
    });
    results.machine.firefox = await plain.browser.version();
    for (const key of PROBED_PAGES) {
      results.firefox[key] = await pairedSamples(
        `firefox ${key}`,
        () => probedLoad(ours.browser, origin, paths[key], { ours: true, timeout: 120_000 }),
        (plainReadyAt) =>
          probedLoad(plain.browser, origin, paths[key], { ours: false, plainReadyAt }),
        runsOf(key, 'firefox'),
      );
    }
  } catch (error) {
    results.firefoxFatal = errorText(error);
    log(`firefox stopped: ${errorText(error)}`);
  } finally {
    await ours?.close();
    await plain?.close();
  }
}

async function main() {
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    typicalRuns: TYPICAL_RUNS,
    longPageRuns: LONG_PAGE_RUNS,
    firefox5mbRuns: FIREFOX_5MB_RUNS,
    traced: TRACE,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: totalmem() / 2 ** 30,
      node: process.version,
      chromium: 'unknown',
      firefox: 'unknown',
    },
    payload: null,
    pages: {},
    annotation: {},
    /** Firefox's loads of the same pages, by page: { ours, plain } runs of { probe }. */
    firefox: {},
    markjs: null,
    conversion: {},
    popup: null,
    card: null,
    node: null,
  };

  try {
    const content = await readFile(CONTENT_SCRIPT);
    // A page to be annotated also imports the page engine at start (lib/content/page-engine.ts).
    const engine = await readFile(PAGE_ENGINE);
    // …and the built-in pack's data: its core and names index.
    const packData = await Promise.all(PACK_START_FILES.map((file) => readFile(file)));
    results.payload = {
      bytes: content.length,
      gzipBytes: gzipSync(content).length,
      engineBytes: engine.length,
      engineGzipBytes: gzipSync(engine).length,
      packDataGzipBytes: packData.reduce((sum, data) => sum + gzipSync(data).length, 0),
    };
  } catch (error) {
    results.payload = { error: `no built content script: ${errorText(error)}` };
  }

  const names = packNames();
  const source = namesRegExpSource(names);
  const server = await startPageServer([resolve(import.meta.dirname, '../../assets/demo')]);
  server.put(BLANK_PATH, BLANK_HTML);
  const paths = {};
  for (const spec of BENCH_PAGES) {
    const html = generatePage(spec);
    paths[spec.key] = `/bench/${spec.key}.html`;
    server.put(paths[spec.key], html);
    results.pages[spec.key] = { kind: spec.kind, bytes: Buffer.byteLength(html) };
  }
  log(
    `pages generated; ${names.length} pack names; ${RUNS} runs each; tracing ${TRACE ? 'on' : 'off'}`,
  );

  paths['seed-article'] = '/seed-article.html';
  if (inBrowser('firefox') && part('annotation')) await firefoxPart(results, server.origin, paths);

  let ours = null;
  let plain = null;
  try {
    if (!inBrowser('chromium')) throw new SkipChromium();
    ours = await launchOurs();
    plain = await launchPlain();
    results.machine.chromium = await plain.browser.version();
    const origin = server.origin;

    // A typical article (the seed demo page, ~10 KB of text) beside the long pages: what one
    // tab costs, for readers with many open.
    for (const key of part('annotation') ? PROBED_PAGES : []) {
      // The floor is scanned in each load without the extension.
      results.annotation[key] = await pairedSamples(
        `annotate ${key}`,
        () => annotateOnce(ours, origin, paths[key], { trace: TRACE, timeout: 120_000 }),
        (plainReadyAt) => plainOnce(plain, origin, paths[key], source, plainReadyAt),
        runsOf(key, 'chromium'),
      );
    }

    if (part('markjs') && !argv.includes('--no-markjs')) {
      results.markjs = { page: 'news-1mb', timeoutMs: MARK_TIMEOUT_MS };
      // mark(names) takes tens of seconds: one run; markRegExp, RUNS runs.
      for (const [mode, runs] of [
        ['names', 1],
        ['regexp', RUNS],
      ]) {
        const out = [];
        for (let i = 0; i < runs; i++) {
          try {
            out.push(
              await markJsOnce(plain, origin, paths['news-1mb'], names, mode, MARK_TIMEOUT_MS),
            );
            log(
              `mark.js ${mode} #${i + 1}: ${Math.round(out.at(-1).scriptMs + out.at(-1).layoutMs)} ms`,
            );
          } catch (error) {
            const timedOut = /timed out/.test(errorText(error));
            out.push({ error: timedOut ? 'timed out' : errorText(error) });
            log(`mark.js ${mode} #${i + 1}: ${errorText(error)}`);
            // The renderer may still be busy inside mark.js: start a fresh browser.
            await plain.close();
            plain = await launchPlain();
            if (timedOut) break;
          }
        }
        results.markjs[mode] = { runs: out };
      }
    }

    const control = await openControlPage(ours.browser, /** @type {string} */ (ours.extensionBase));
    for (const key of part('conversion') ? ['hans-1mb', 'news-5mb'] : []) {
      const oursRuns = await samples(`convert ${key}`, () =>
        convertOnce(ours, control, origin, paths[key], { trace: TRACE }),
      );
      const target = oursRuns.find((run) => run.target)?.target ?? 'hant';
      const direction =
        target === 'hant'
          ? { from: 'cn', to: 'tw', fromTag: 'zh-CN', toTag: 'zh-TW' }
          : { from: 'tw', to: 'cn', fromTag: 'zh-TW', toTag: 'zh-CN' };
      const baseline = await samples(`HTMLConverter ${key}`, () =>
        htmlConverterOnce(plain, origin, paths[key], direction, 60_000),
      );
      results.conversion[key] = {
        target,
        direction,
        ours: oursRuns,
        htmlConverter: baseline,
      };
    }

    if (part('popup'))
      try {
        const load = await freshLoad(ours.browser, origin, paths['news-1mb'], { ours: true });
        try {
          const tabId = await tabIdOf(control, load.url);
          results.popup = {
            runs: await samples('popup', () =>
              popupOnce(ours.browser, ours.extensionBase, tabId).then((ms) => ({ shownMs: ms })),
            ),
          };
        } finally {
          await load.page.close().catch(() => {});
        }
      } catch (error) {
        results.popup = { error: errorText(error) };
      }

    if (part('card'))
      try {
        results.card = {
          runs: await samples('card', () => cardOnce(ours.browser, origin, '/seed-article.html')),
        };
      } catch (error) {
        results.card = { error: errorText(error) };
      }
  } catch (error) {
    if (!(error instanceof SkipChromium)) {
      results.fatal = errorText(error);
      log(`stopped: ${errorText(error)}`);
    }
  } finally {
    await ours?.close();
    await plain?.close();
    await server.close();
  }

  if (part('node') && !argv.includes('--no-node')) {
    log('matcher Node benchmark (vitest.bench.config.ts)…');
    results.node = await nodeBench();
  }
  results.seconds = (Date.now() - started) / 1000;

  const { text, targets } = formatReport(results);
  results.targets = targets;
  await mkdir(resolve(ROOT, 'bench-results'), { recursive: true });
  await writeFile(resolve(ROOT, 'bench-results/latest.json'), JSON.stringify(results, null, 2));
  process.stdout.write(text + '\nwrote bench-results/latest.json\n');
}

await main();
