/**
 * What the popup's related context needs beyond its first view, loaded together
 * once that view is shown: its components (a chunk of their own), the packs'
 * details (a built-in pack's 650 KB module) and the converter for pack texts
 * when their script is not the reader's. None of it delays the switches and
 * the page's names.
 */
import type { ToScript, ShownScript } from '@/lib/card/types';
import type { HantStandard } from '@/lib/convert/types';
import { completePacks } from '@/lib/pack/load-details';
import type { Pack } from '@/lib/pack/types';
import { loadToScript } from '@/lib/popup/load-to-script';
import { asStored } from '@/lib/popup/pack-view';
import type { RelatedContext } from './RelatedContext';

export interface RelatedLoad {
  RelatedContext: typeof RelatedContext;
  /** The packs whole: details joined. */
  packs: Pack[];
  toScript: ToScript;
}

export async function loadRelated(
  packs: readonly Pack[],
  script: ShownScript,
  standard: HantStandard,
): Promise<RelatedLoad> {
  const [{ RelatedContext }, whole, toScript] = await Promise.all([
    import('./RelatedContext'),
    completePacks(packs),
    // Without a converter the texts show as stored: still readable.
    loadToScript(packs, script, standard).catch(() => asStored),
  ]);
  return { RelatedContext, packs: whole, toScript };
}
