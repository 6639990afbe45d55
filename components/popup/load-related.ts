/**
 * What the popup's related context needs beyond its first view, loaded together
 * once that view is shown: its components (a chunk of their own), the enabled
 * packs whole (a built-in pack's core and its 650 KB of details) and the
 * converter for pack texts when their script is not the reader's. None of it
 * delays the switches and the page's names.
 */
import type { ToScript, ShownScript } from '@/lib/card/types';
import { completePacks } from '@/lib/pack/load-details';
import type { Pack } from '@/lib/pack/types';
import { getEnabledPacks } from '@/lib/packs-store/packs-store';
import { loadToScript } from '@/lib/popup/load-to-script';
import { asStored } from '@/lib/popup/pack-view';
import type { Settings } from '@/lib/settings/settings';
import type { RelatedContext } from './RelatedContext';

export interface RelatedLoad {
  RelatedContext: typeof RelatedContext;
  /** The enabled packs, details joined. */
  packs: Pack[];
  toScript: ToScript;
}

export async function loadRelated(
  settings: Pick<Settings, 'disabledPacks' | 'traditionalStandard'>,
  script: ShownScript,
): Promise<RelatedLoad> {
  const enabled = getEnabledPacks(settings);
  const [{ RelatedContext }, packs, toScript] = await Promise.all([
    import('./RelatedContext'),
    enabled.then((cores) => completePacks(cores)),
    enabled
      .then((cores) => loadToScript(cores, script, settings.traditionalStandard))
      // Without a converter the texts show as stored: still readable.
      .catch(() => asStored),
  ]);
  return { RelatedContext, packs, toScript };
}
