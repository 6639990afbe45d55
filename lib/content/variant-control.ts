/**
 * Switching the page between 原文, 繁體 and 简体 while keeping it annotated:
 * the annotator holds its rescans while the converter rewrites text, then
 * scans again what changed (rewritten text nodes lose their ranges). It is
 * told which texts those are: the converter writes with the page observer
 * held off, so our writes (one record per text node, ~20 000 on a 1 MB page)
 * give no records for anyone to read.
 */
import { createPageConverter, type PageConverter } from '../convert/page-converter';
import { loadConverter } from '../convert/load-converter';
import type { HantStandard, LoadConverter, ProtectSpans, Variant } from '../convert/types';
import type { Annotator } from '../page';
import type { PageObserver } from './page-observer';
import { NAMED_TEXTS_PER_TASK } from '../schedule/budgets';
import { yieldToPage } from '../schedule/yield-to-page';

export interface VariantControl {
  readonly converter: PageConverter;
  readonly variant: Variant;
  set(variant: Variant, standard: HantStandard): Promise<void>;
}

export function createVariantControl(options: {
  doc: Document;
  annotator: Annotator;
  observer: () => PageObserver;
  protectSpans: ProtectSpans;
  isOwnUi: (el: Element) => boolean;
  signal: AbortSignal;
  /** Where the dictionaries come from (default: the extension's converter files). */
  loadConverter?: LoadConverter;
}): VariantControl {
  const { doc, annotator } = options;
  const converter = createPageConverter({
    root: doc,
    isOwnUi: options.isOwnUi,
    protectSpans: options.protectSpans,
    loadConverter: options.loadConverter ?? loadConverter,
    signal: options.signal,
    unobserved: (work) => options.observer().unobserved(work),
  });
  let variant: Variant = 'original';

  /**
   * The texts the converter wrote, named to the annotator once the page shows them, a
   * few thousand per task: 75 000 at once (a 5 MB page) made one long task.
   */
  const nameWrittenTexts = async () => {
    const texts = converter.takeWrittenTexts();
    for (let from = 0; from < texts.length; from += NAMED_TEXTS_PER_TASK) {
      if (from > 0) await yieldToPage();
      annotator.rescan(texts.slice(from, from + NAMED_TEXTS_PER_TASK));
    }
  };
  return {
    converter,
    get variant() {
      return variant;
    },
    async set(next, standard) {
      // While text is rewritten the highlights are off: every rewritten node makes the
      // browser repaint all ranges (thousands on a long page) at each frame, which costs
      // far more than the conversion. They come back once the rescan is done.
      const hidden = annotator.enabled;
      if (hidden) annotator.setEnabled(false);
      const resume = annotator.pause();
      try {
        await converter.setVariant(next, standard);
        variant = next;
      } finally {
        // What the page changed meanwhile reaches the annotator, and is scanned again at
        // once; then what we wrote is named to it, each batch scanned as it comes. Named
        // while held, a 5 MB page's ~50 000 block roots were sorted out (which are inside
        // which) in one task at resume: 27 ms of our code.
        options.observer().flush();
        resume();
        await nameWrittenTexts();
        await annotator.idle();
        if (hidden && !annotator.enabled) annotator.setEnabled(true);
      }
    },
  };
}
