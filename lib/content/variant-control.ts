/**
 * Switching the page between 原文, 繁體 and 简体 while keeping it annotated:
 * the annotator holds its rescans while the converter rewrites text, then
 * scans again what changed (rewritten text nodes lose their ranges).
 */
import { createPageConverter, type PageConverter } from '../convert/page-converter';
import { loadConverter } from '../convert/load-converter';
import type { HantStandard, ProtectSpans } from '../convert/types';
import type { Annotator } from '../page';
import type { Variant } from '../settings/settings';
import type { PageObserver } from './page-observer';

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
}): VariantControl {
  const { doc, annotator } = options;
  const converter = createPageConverter({
    root: doc,
    isOwnUi: options.isOwnUi,
    protectSpans: options.protectSpans,
    loadConverter,
    signal: options.signal,
  });
  let variant: Variant = 'original';
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
        // Our own writes reach the annotator now, and it rescans those blocks at once.
        options.observer().flush();
        resume();
        await annotator.idle();
        if (hidden && !annotator.enabled) annotator.setEnabled(true);
      }
    },
  };
}
