/**
 * Which script a card is shown in: the page's variant when it is converted,
 * else the page's own script (or the pack's, when the page's is unknown).
 */
import type { Script, Variant } from '../convert/types';
import type { TextScript } from '../pack/types';
import type { ShownScript } from './types';

export interface CardVariant {
  shown: Variant;
  pageScript: Script;
}

/** How a pack stores texts in each script. */
export const STORED: Record<ShownScript, TextScript> = {
  hant: 'zh-Hant',
  hans: 'zh-Hans',
};

export function shownScriptOf(variant: CardVariant, fallback: ShownScript): ShownScript {
  if (variant.shown !== 'original') return variant.shown;
  return variant.pageScript === 'unknown' ? fallback : variant.pageScript;
}
