// The baselines, run in the browser without the extension: the floor (TreeWalker + one
// RegExp that only counts), mark.js wrapping the same names, and opencc-js's own
// HTMLConverter.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { withTimeout } from './browsers.mjs';
import { freshLoad } from './load.mjs';
import { startTrace, stopTrace } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const MARK_JS = resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const OPENCC_UMD = resolve(ROOT, 'node_modules/opencc-js/dist/umd/full.js');

/** One alternation of every name, longest first (so the longest name wins at a position). */
export function namesRegExpSource(names) {
  return names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** @param {import('puppeteer-core').Page} page @param {string} source */
export function floorScan(page, source) {
  // In a page task of its own (setTimeout), as a page script would run.
  return page.evaluate(
    (pattern) =>
      new Promise((done) =>
        setTimeout(() => {
          const start = performance.now();
          const regex = new RegExp(pattern, 'g');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let count = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const found = /** @type {Text} */ (node).data.match(regex);
            if (found) count += found.length;
          }
          done({ startedAt: start, ms: performance.now() - start, count });
        }),
      ),
    source,
  );
}

/**
 * mark.js on a fresh load: script time until `done`, then the forced layout.
 * `names`: its keyword-list API, `mark(names)` (names as phrases, across
 * inline markup, as ours finds them): what TOOLCHAIN.md measured at 16–26 s.
 * `regexp`: one `markRegExp` of all names, the fastest way to use it.
 * On a timeout the renderer is still busy: the caller restarts the browser.
 * @param {'names' | 'regexp'} mode
 */
export async function markJsOnce(plain, origin, path, names, mode, timeoutMs) {
  const load = await freshLoad(plain.browser, origin, path, { ours: false });
  try {
    await load.page.addScriptTag({ content: await readFile(MARK_JS, 'utf8') });
    const run = load.page.evaluate(
      (names, pattern, mode) =>
        new Promise((done) =>
          setTimeout(() => {
            const start = performance.now();
            const finish = (count) => {
              const scripted = performance.now();
              void document.body.offsetHeight;
              done({ scriptMs: scripted - start, layoutMs: performance.now() - scripted, count });
            };
            // @ts-expect-error mark.js is a page global here
            const marker = new Mark(document.body);
            if (mode === 'names')
              marker.mark(names, { separateWordSearch: false, acrossElements: true, done: finish });
            else marker.markRegExp(new RegExp(pattern, 'g'), { done: finish });
          }),
        ),
      names,
      namesRegExpSource(names),
      mode,
    );
    return await withTimeout(run, timeoutMs, 'mark.js');
  } finally {
    await load.page.close().catch(() => {});
  }
}

/**
 * opencc-js HTMLConverter on a fresh load, converting `direction` under <body lang>.
 * @param {{ from: string, to: string, fromTag: string, toTag: string }} direction
 */
export async function htmlConverterOnce(plain, origin, path, direction, timeoutMs) {
  const load = await freshLoad(plain.browser, origin, path, { ours: false });
  const { page } = load;
  try {
    await page.addScriptTag({ content: await readFile(OPENCC_UMD, 'utf8') });
    const step = (fn, arg) => withTimeout(page.evaluate(fn, arg), timeoutMs, 'HTMLConverter');
    // Traced as ours are (the sampling profiler slows script a little), so they compare.
    await startTrace(page);
    const dictionaryMs = await step((d) => {
      document.body.lang = d.fromTag;
      const start = performance.now();
      // @ts-expect-error OpenCC is the UMD build's page global
      const converter = OpenCC.Converter({ from: d.from, to: d.to });
      // @ts-expect-error as above
      window.__htmlConverter = OpenCC.HTMLConverter(converter, document.body, d.fromTag, d.toTag);
      return performance.now() - start;
    }, direction);
    const timed = (method) =>
      step(
        (m) =>
          // A page task of its own, so the long-task observer sees it.
          new Promise((done) =>
            setTimeout(() => {
              const start = performance.now();
              // @ts-expect-error set by the step above
              window.__htmlConverter[m]();
              const scripted = performance.now();
              void document.body.offsetHeight;
              done({
                startedAt: start,
                scriptMs: scripted - start,
                layoutMs: performance.now() - scripted,
              });
            }),
          ),
        method,
      );
    const convert = await timed('convert');
    const restore = await timed('restore');
    await stopTrace(page);
    // Long tasks from the conversion on (the page's own loading tasks came before).
    const longTasks = await page.evaluate(async (from) => {
      // Long-task entries arrive in a later task: give them one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      // @ts-expect-error the instrument's record
      return window.__pangzhuBench.longTasks
        .filter((t) => t.start >= from - 1)
        .map((t) => t.duration);
    }, convert.startedAt);
    return { dictionaryMs, convert, restore, longestTaskMs: Math.max(0, ...longTasks) };
  } finally {
    await page.close().catch(() => {});
  }
}
