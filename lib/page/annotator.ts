/**
 * The annotator: finds a page's mentions and keeps them highlighted as the
 * page changes, without touching its DOM. Its cycle:
 *   start → the page's observer watches the document; the top-level chunks,
 *           visible first, are queued as scan jobs (lib/schedule/job-queue.ts);
 *   scan  → a job reads its chunk run by run (text/scan.ts); each run's
 *           mentions replace its owner's (mentions/mention-store.ts); the
 *           page's evidence is settled; highlights go out in batches
 *           (highlights/, paced by lib/schedule/flush-pacer.ts);
 *   ready → nothing queued: `onStateChange('ready')`;
 *   change→ the observer's records name the blocks touched (text/mutations.ts),
 *           which are queued again, rate-limited (lib/schedule/rescan-queue.ts).
 * `pause()` holds rescans while the converter writes; `dispose()` removes all.
 */
import { hasOwnUiMark, isInsideSkipped, isShown } from '../dom/rules';
import type { Annotator, AnnotatorOptions, AnnotatorState } from './annotator-types';
import { EvidenceTracker } from './mentions/evidence';
import { findInText } from './mentions/find-in-run';
import { InnerTrees } from './text/inner-trees';
import { FoundCache } from './mentions/found-cache';
import { createHighlightRegistry } from './highlights/highlight';
import { mentionAtPoint, mentionAtSelection, nextMention } from './hit-test/hit-test';
import { HighlightPublisher } from './highlights/highlight-publisher';
import { MentionStore } from './mentions/mention-store';
import { blockRootsOf, outermostRoots, summarizeMutations } from './text/mutations';
import { RunScanner } from './text/scan';
import { afterNextFrame } from '../schedule/after-next-frame';
import { FlushPacer } from '../schedule/flush-pacer';
import { followViewport } from '../schedule/follow-viewport';
import { JobQueue } from '../schedule/job-queue';
import { RescanQueue } from '../schedule/rescan-queue';
import { topLevelChunks } from './text/top-level-chunks';
import { orderVisibleFirst } from '../dom/visible-first';

export type { Annotator, AnnotatorOptions, AnnotatorState };

/**
 * Text scanned in one step (about a millisecond of matching): each step reads the clock and
 * may end the slice, so a step of one run (a page's runs are ~40 characters on average, half
 * of them the white space between blocks) spent more on yielding than on the run.
 */
const CHARS_PER_STEP = 2048;
/**
 * A job's first step, doubled at each step up to CHARS_PER_STEP: a page's first scan runs code
 * the engine has not optimised yet, and its first 2 K characters took ~18 ms (the next ones
 * 5–10, then ~2), one step the slice could not end early.
 */
const FIRST_STEP_CHARS = 256;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, findMentions } = options;
  const isOwnUi = options.isOwnUi ?? hasOwnUiMark;
  const isVisible = options.isVisible ?? isShown;
  const now = options.now ?? (() => performance.now());
  const controller = new AbortController();
  const { signal } = controller;
  const publisher = new HighlightPublisher(doc, options.registry ?? createHighlightRegistry, {
    // Blocks placed while a scan runs light up with its batches, not a repaint each.
    placed: () => flushPaced(),
    ...options.publish,
  });
  const store = new MentionStore(publisher, new EvidenceTracker(options.hasEvidence), isVisible);
  const runner = new JobQueue({
    budgetMs: options.sliceMs,
    now,
    yieldToPage: options.yieldToPage,
    signal,
    onBusyChange: () => updateState(),
    onSlice: () => report(),
  });
  const innerTrees = new InnerTrees({
    watch: (target) => options.watch(target),
    scanFrameDocument: (inner) => {
      sweep();
      options.watch(inner);
      enqueue(inner.body, { fresh: true });
    },
    signal,
  });
  const wasVisible = new WeakMap<Element, boolean>();
  const queued = new Set<Node>();
  const foundCache = new FoundCache();
  const findIn = (text: string) => findInText(text, findMentions);
  const rescans = new RescanQueue({
    minIntervalMs: options.minIntervalMs,
    limits: options.limits,
    now,
    outermost: outermostRoots,
    rescan: (root, how) => enqueue(root, how),
    sweep,
    onChange: () => updateState(),
  });
  let state: AnnotatorState | null = null;
  let started = false;
  let initialScan = false;

  const pacer = new FlushPacer(now, () => publisher.flush());

  // Once nothing is queued (quiet rescans of noisy blocks included), show it all.
  const flushPaced = () => pacer.maybeFlush(!runner.pending);

  let reported = { state: null as AnnotatorState | null, version: -1 };
  function report(): void {
    flushPaced();
    // Slices that changed no mention (a ticker's quiet rescans) are no news.
    const version = store.index.version;
    if (!state || (state === reported.state && version === reported.version)) return;
    reported = { state, version };
    options.onProgress?.({ state, mentions: store.index.size });
  }

  function updateState(): void {
    if (signal.aborted || !started) return;
    const busy = initialScan || runner.busy || rescans.hasPending;
    const next: AnnotatorState = busy ? 'busy' : 'ready';
    if (!busy) pacer.maybeFlush(true);
    if (next === state) return;
    state = next;
    options.onStateChange?.(next);
    report();
  }

  function isReadable(root: Node): boolean {
    if (!root.isConnected) return false;
    const el = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : root;
    return !isInsideSkipped(el, 'annotation', isOwnUi);
  }

  /**
   * Scans `root` again. Each owner's old mentions are replaced when its first
   * run is reached (so nothing flickers); owners under `root` that give no run
   * any more are dropped at the end (jobs never interleave, so an owner under
   * `root` the scan did not touch is one of these). A `fresh` root (just added to
   * the page) cannot hold such owners, which spares a walk of its subtree. In the
   * page's `first` scan every text is new: none is looked up in the found cache.
   */
  function* scanJob(root: Node, fresh: boolean, first: boolean): Generator<void> {
    queued.delete(root);
    const touched = new Set<Node>();
    if (isReadable(root)) {
      let lastOwner: Node | null = null;
      let stepChars = 0;
      let stepLimit = FIRST_STEP_CHARS;
      const scanner = new RunScanner(root, { isOwnUi });
      for (let event = scanner.next(); event; event = scanner.next()) {
        if (event.kind === 'shadow') innerTrees.addShadowRoot(event.root);
        else if (event.kind === 'frame') innerTrees.addFrame(event.frame);
        else {
          const run = event;
          // Runs of one block mostly come one after the other.
          if (run.owner !== lastOwner && !touched.has(run.owner)) {
            touched.add(run.owner);
            store.drop(run.owner);
          }
          lastOwner = run.owner;
          store.add(run.owner, run, foundCache.get(run.text, findIn, first));
          stepChars += run.text.length;
          if (stepChars < stepLimit) continue;
        }
        stepChars = 0;
        stepLimit = Math.min(stepLimit * 2, CHARS_PER_STEP);
        yield;
      }
    }
    if (!fresh) {
      const stale: Node[] = [];
      yield* store.ownersUnder(root, (owner) => {
        if (!touched.has(owner)) stale.push(owner);
      });
      for (const owner of stale) store.drop(owner);
    }
    store.settleEvidence();
  }

  function enqueue(root: Node, { quiet = false, fresh = false, first = false } = {}): void {
    if (queued.has(root)) return;
    queued.add(root);
    runner.add(scanJob(root, fresh, first), { quiet });
  }

  function sweep(): void {
    store.sweep();
    innerTrees.sweep();
  }

  function handleMutations(records: Iterable<MutationRecord>): void {
    if (!started || signal.aborted) return;
    const { roots, added, removed } = summarizeMutations(records, wasVisible, isVisible, isOwnUi);
    rescans.add(roots, added, removed);
    updateState();
  }

  async function start(): Promise<void> {
    if (started || signal.aborted) return;
    started = true;
    initialScan = true;
    pacer.start();
    updateState();
    if (!doc.body) {
      await new Promise((resolve) =>
        doc.addEventListener('DOMContentLoaded', resolve, { once: true, signal }),
      );
    }
    options.watch(doc);
    followViewport(doc, publisher, signal);
    const body = doc.body;
    if (body) {
      // Finding what is on screen reads boxes: just after a frame, so this lays nothing out
      // (on a 5 MB page still being laid out, a forced layout here took ~50 ms).
      await (options.frameSinceStart ?? afterNextFrame(doc, options.yieldToPage));
      if (signal.aborted) return;
      const height = doc.defaultView?.innerHeight ?? 0;
      for (const chunk of orderVisibleFirst(topLevelChunks(body), height).items)
        enqueue(chunk, { fresh: true, first: true });
    }
    await runner.idle();
    initialScan = false;
    updateState();
  }

  return {
    start,
    idle: () => runner.idle(),
    handleMutations,
    // The caller hands over its observer's pending records before it resumes.
    pause: () => rescans.pause(),
    rescan(nodes) {
      rescans.add(blockRootsOf(nodes));
      rescans.flushNow();
    },
    setEnabled: (on) => publisher.setEnabled(on),
    get enabled() {
      return publisher.enabled;
    },
    mentions: () => store.index.ordered(),
    eachMention: () => store.index.all(),
    mentionsOfEntity: (id) => store.index.ofEntity(id),
    mentionAt(x, y) {
      return mentionAtPoint(store.index, doc, x, y, innerTrees.live());
    },
    mentionAtSelection: (selection) => mentionAtSelection(store.index, selection),
    nextMention: (from, direction) => nextMention(store.index, from, direction),
    dispose() {
      controller.abort();
      rescans.dispose();
      store.clear();
    },
  };
}
