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
import { hasOwnUiMark, isInsideSkipped, isShown, type IsOwnUi } from '../dom/rules';
import type { HasEvidence } from '../match/evidence-ids';
import { EvidenceTracker } from './mentions/evidence';
import { findInText } from './mentions/find-in-run';
import { InnerTrees } from './text/inner-trees';
import { FoundCache } from './mentions/found-cache';
import { createHighlightRegistry } from './highlights/highlight';
import { mentionAtPoint, mentionAtSelection, nextMention } from './hit-test/hit-test';
import {
  HighlightPublisher,
  type PublisherOptions,
  type RegistryFactory,
} from './highlights/highlight-publisher';
import { MentionStore } from './mentions/mention-store';
import { blockRootsOf, outermostRoots, summarizeMutations } from './text/mutations';
import { createPageMention } from './mentions/page-mention';
import { createShownCheck } from './mentions/shown-check';
import { scanRuns } from './text/scan';
import { afterNextFrame } from '../schedule/after-next-frame';
import { FlushPacer } from '../schedule/flush-pacer';
import { followViewport } from '../schedule/follow-viewport';
import { JobQueue } from '../schedule/job-queue';
import type { RescanLimits } from '../schedule/rescan-limiter';
import { RescanQueue } from '../schedule/rescan-queue';
import type { YieldToPage } from '../schedule/yield-to-page';
import type { FindMentions, PageMention } from './mentions/types';
import { topLevelChunks } from './text/top-level-chunks';
import { orderVisibleFirst } from '../dom/visible-first';

export type AnnotatorState = 'busy' | 'ready';

/** Text of runs without mentions scanned in one step (a few tenths of a ms of matching). */
const QUIET_CHARS_PER_STEP = 2048;

export interface AnnotatorOptions {
  doc: Document;
  findMentions: FindMentions;
  /** Where ranges go, per document (default: its `CSS.highlights`, or memory where missing). */
  registry?: RegistryFactory;
  /** When only mentions near the viewport are registered (see highlight-publisher.ts). */
  publish?: PublisherOptions;
  isOwnUi?: IsOwnUi;
  /** Whether an ambiguous alias of an entity counts (default: the entity is also named unambiguously). */
  hasEvidence?: HasEvidence;
  /** Whether text under `el` is shown (default: `checkVisibility`). Asked only where a mention was found. */
  isVisible?: (el: Element) => boolean;
  /**
   * Has the content script's one MutationObserver (lib/content/page-observer.ts)
   * watch a tree: the document, then each shadow root and frame found. Its
   * records come back through `handleMutations`.
   */
  watch: (target: Document | ShadowRoot) => void;
  /** When the state changes (lib/content/page-attributes.ts shows it on the page). */
  onStateChange?: (state: AnnotatorState) => void;
  /** After a slice that changed the state or the shown mentions (not after quiet ones). */
  onProgress?: (progress: { state: AnnotatorState; mentions: number }) => void;
  /** Work per task before yielding (default SCAN_SLICE_MS, see lib/schedule/budgets.ts). */
  sliceMs?: number;
  /** Least time between two mutation batches (default RESCAN_BATCH_MS). */
  minIntervalMs?: number;
  limits?: RescanLimits;
  now?: () => number;
  yieldToPage?: YieldToPage;
  /**
   * A frame the page rendered after our script started (lib/content/start-content.ts waits
   * for it beside its storage reads): the first scan reads boxes after it instead of waiting
   * for another. Default: the next frame.
   */
  frameSinceStart?: Promise<void>;
}

export interface Annotator {
  /** Scans the page, visible part first; resolves when everything is scanned. */
  start(): Promise<void>;
  /** Resolves when no scan is pending. */
  idle(): Promise<void>;
  /** Feeds mutation records from the page's observer. */
  handleMutations(records: Iterable<MutationRecord>): void;
  /** Holds rescans (e.g. while the converter rewrites text); the returned function resumes and rescans what changed at once. */
  pause(): () => void;
  /** Scans again, now and without rate limits, the blocks holding these nodes. */
  rescan(nodes: Iterable<Node>): void;
  setEnabled(on: boolean): void;
  readonly enabled: boolean;
  /** Shown mentions in document order (sorted on first use after a change). */
  mentions(): readonly PageMention[];
  /** Shown mentions in no particular order: for counting, without the cost of sorting. */
  eachMention(): Iterable<PageMention>;
  mentionsOfEntity(entityId: string): PageMention[];
  mentionAt(x: number, y: number): PageMention | null;
  mentionAtSelection(selection: Selection): PageMention | null;
  nextMention(from: PageMention | null, direction: 1 | -1): PageMention | null;
  dispose(): void;
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, findMentions } = options;
  const isOwnUi = options.isOwnUi ?? hasOwnUiMark;
  const isVisible = options.isVisible ?? isShown;
  const now = options.now ?? (() => performance.now());
  const controller = new AbortController();
  const { signal } = controller;
  const publisher = new HighlightPublisher(
    doc,
    options.registry ?? createHighlightRegistry,
    options.publish,
  );
  const store = new MentionStore(publisher, new EvidenceTracker(options.hasEvidence));
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

  let reported = { state: null as AnnotatorState | null, version: -1 };
  function report(): void {
    // Once nothing is queued (quiet rescans of noisy blocks included), show it all.
    pacer.maybeFlush(!runner.pending);
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
   * any more are dropped at the end. A `fresh` root (just added to the page)
   * cannot hold such owners, which spares a pass over all records.
   */
  function* scanJob(root: Node, fresh: boolean): Generator<void> {
    queued.delete(root);
    const stale = fresh ? [] : store.ownersUnder(root);
    const touched = new Set<Node>();
    if (isReadable(root)) {
      const shown = createShownCheck(isVisible);
      let lastOwner: Node | null = null;
      let quietChars = 0;
      for (const event of scanRuns(root, { isOwnUi })) {
        if (event.kind === 'shadow') innerTrees.addShadowRoot(event.root);
        else if (event.kind === 'frame') innerTrees.addFrame(event.frame);
        else {
          const { run } = event;
          // Runs of one block mostly come one after the other.
          if (run.owner !== lastOwner && !touched.has(run.owner)) {
            touched.add(run.owner);
            store.drop(run.owner);
          }
          lastOwner = run.owner;
          const found = foundCache.get(run.text, findIn);
          if (found.length === 0) {
            // A step is a run with mentions, or about QUIET_CHARS_PER_STEP of runs without
            // (the white space between blocks is half a page's runs): each step reads the clock.
            quietChars += run.text.length;
            if (quietChars < QUIET_CHARS_PER_STEP) continue;
          } else {
            // Sized once (a list grown by push starts with room for 17).
            const mentions = new Array<PageMention>(found.length);
            let count = 0;
            for (let i = 0; i < found.length; i++) {
              const pm = createPageMention(run, found[i]!);
              if (pm && shown(pm)) mentions[count++] = pm;
            }
            mentions.length = count;
            store.add(run.owner, mentions);
          }
        }
        quietChars = 0;
        yield;
      }
    }
    for (const owner of stale) if (!touched.has(owner)) store.drop(owner);
    store.settleEvidence();
  }

  function enqueue(root: Node, { quiet = false, fresh = false } = {}): void {
    if (queued.has(root)) return;
    queued.add(root);
    runner.add(scanJob(root, fresh), { quiet });
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
        enqueue(chunk, { fresh: true });
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
