/**
 * Which script a card is shown in: the page's variant when it is converted,
 * else the page's own script (or the pack's, when the page's is unknown).
 */
import type { ShownScript } from './types';

export interface CardVariant {
  shown: 'original' | 'hant' | 'hans';
  pageScript: 'hant' | 'hans' | 'unknown';
}

/** How a pack stores texts in each script. */
export const STORED: Record<ShownScript, 'zh-Hant' | 'zh-Hans'> = {
  hant: 'zh-Hant',
  hans: 'zh-Hans',
};

export function shownScriptOf(variant: CardVariant, fallback: ShownScript): ShownScript {
  if (variant.shown !== 'original') return variant.shown;
  return variant.pageScript === 'unknown' ? fallback : variant.pageScript;
}
