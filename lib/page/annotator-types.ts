/**
 * What the annotator (annotator.ts) is given and what it offers: its options
 * (the page, the matching, the scheduling it may be given instead of the
 * defaults) and its interface to the content script, cards and hit-testing.
 */
import type { IsOwnUi } from '../dom/rules';
import type { HasEvidence } from '../match/evidence-ids';
import type { PublisherOptions } from './highlights/highlight-publisher';
import type { RegistryFactory } from './highlights/highlight-targets';
import type { RescanLimits } from '../schedule/rescan-limiter';
import type { YieldToPage } from '../schedule/yield-to-page';
import type { FindMentions, PageMention } from './mentions/types';

export type AnnotatorState = 'busy' | 'ready';

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
