/**
 * Pangzhu at work on one page: matching, annotation, conversion and the
 * reader's moves, built when the site is on and torn down when it goes off.
 */
import { readArticleDate } from '../card/article-date';
import { createCardController, type CardController } from '../card/card-controller';
import { loadConverter } from '../convert/load-converter';
import type { HantStandard, Variant } from '../convert/types';
import { indexPacks, type PackIndex } from '../pack/index-packs';
import { completePacks } from '../pack/load-details';
import type { PageState } from '../messages';
import type { Pack } from '../pack/types';
import type { Matcher } from '../match';
import { hasOwnUiMark } from '../dom/rules';
import { createAnnotator, type Annotator } from '../page';
import { whenIdle, whenIdleInSlices } from '../schedule/when-idle';
import { createMentionCursor, type MentionCursor } from './mention-cursor';
import { createPageMatching, type PageMatching } from './page-matching';
import { readScanState, setScanState } from './page-attributes';
import { createPageObserver } from './page-observer';
import { namesInPacks, type PageFound } from './page-summary';
import { MentionCount } from './mention-count';
import { createVariantControl, type VariantControl } from './variant-control';

export interface PageSession {
  readonly matching: PageMatching;
  readonly annotator: Annotator;
  readonly cursor: MentionCursor;
  readonly variants: VariantControl;
  readonly cards: CardController;
  /** Shows the page in `variant`; open cards follow. */
  setVariant(variant: Variant, standard: HantStandard): Promise<void>;
  /** Resolves when the page as it is now has been scanned. */
  readonly started: Promise<void>;
  /** The page's state and what it shows (counted now, in slices, unless counted already). */
  summary(): Promise<
    Pick<PageState, 'state' | 'variant' | 'originalScript' | 'entities' | 'figures'>
  >;
  /** Removes every trace: highlights, observers, and the converted text (the original comes back). */
  dispose(): Promise<void>;
}

export interface PageSessionOptions {
  doc: Document;
  packs: readonly Pack[];
  /** The packs' matcher, loaded beforehand (lib/pack/load-matcher.ts); else compiled here. */
  matcher?: Matcher;
  /** The reader's Traditional standard, for conversions and for cards shown in 繁體. */
  getStandard: () => HantStandard;
  /** A frame rendered since the content script started (see AnnotatorOptions). */
  frameSinceStart?: Promise<void>;
  /** Called with what the page shows once a scan is over and its mentions are counted (while idle). */
  onCounted?: (found: PageFound) => void;
}

export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc, packs, matcher, getStandard, onCounted, frameSinceStart } = options;
  // What the page mentions, counted once per change of the mentions.
  const count = new MentionCount(() => annotator.eachMention(), namesInPacks(packs));
  let idleCountQueued = false;
  /**
   * Variant switches under way: meanwhile nothing is counted while idle. The page's texts are
   * being rewritten and will be scanned again, which voids the count; counted then, a long
   * page's idle slices ran between the switch's frames, beside its writes.
   */
  let switching = 0;
  /** Counts what the page shows in idle slices, so the popup's question is answered at once; then tells `onCounted`. */
  const countWhenIdle = () => {
    if (idleCountQueued) return;
    idleCountQueued = true;
    whenIdleInSlices((hasTime) => {
      if (controller.signal.aborted) return true;
      if (switching > 0) {
        // Counted again once the switch is over.
        idleCountQueued = false;
        return true;
      }
      if (!count.advance(hasTime)) return false;
      idleCountQueued = false;
      onCounted?.(count.found!);
      return true;
    });
  };
  const controller = new AbortController();
  const matching = createPageMatching(packs, readArticleDate(doc), matcher);
  const observer = createPageObserver(() => [variants.converter, annotator]);
  const annotator = createAnnotator({
    doc,
    findMentions: matching.findMentions,
    hasEvidence: matching.hasEvidence,
    isOwnUi: hasOwnUiMark,
    frameSinceStart,
    watch: (target) => observer.observe(target),
    onStateChange: (state) => setScanState(doc, state),
    onProgress: ({ state }) => {
      count.changed();
      // Ready: count what the page holds now, and sample its script, while idle.
      if (state === 'ready' && !idleCountQueued) {
        countWhenIdle();
        whenIdle(() => variants.converter.originalScript());
      }
    },
  });
  const variants: VariantControl = createVariantControl({
    doc,
    annotator,
    observer: () => observer,
    protectSpans: matching.protectSpans,
    isOwnUi: hasOwnUiMark,
    signal: controller.signal,
  });
  observer.observe(doc);
  let index: Promise<PackIndex> | null = null;
  const loadIndex = () => {
    index ??= completePacks(packs).then(indexPacks);
    // A failed load (the extension was updated under the page) is tried again next time.
    index.catch(() => (index = null));
    return index;
  };
  const cards = createCardController({
    doc,
    annotator,
    loadIndex,
    getVariant: () => ({
      shown: variants.variant,
      pageScript: variants.converter.originalScript(),
    }),
    loadConverter: (to) => loadConverter(to, getStandard()),
    signal: controller.signal,
  });
  const cursor = createMentionCursor(doc, annotator);
  const started = annotator.start();

  return {
    matching,
    annotator,
    cursor,
    variants,
    cards,
    started,
    async setVariant(variant, standard) {
      switching++;
      try {
        await variants.set(variant, standard);
      } finally {
        if (--switching === 0 && readScanState(doc) === 'ready') countWhenIdle();
      }
      await cards.refresh();
    },
    async summary() {
      const found = await count.finish(controller.signal);
      return {
        state: readScanState(doc),
        variant: variants.variant,
        originalScript: variants.converter.originalScript(),
        ...found,
      };
    },
    async dispose() {
      if (variants.variant !== 'original') {
        await variants.set('original', variants.converter.standard).catch(() => {});
      }
      controller.abort();
      observer.disconnect();
      annotator.dispose();
    },
  };
}
