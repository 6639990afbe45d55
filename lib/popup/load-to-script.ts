/**
 * The converter for pack texts, loaded only when a pack's script is not the
 * shown one (the built-in pack is Traditional: only zh_CN readers need one).
 */
import type { ShownScript, ToScript } from '../card/types';
import { loadConverter } from '../convert/load-converter';
import type { Pack } from '../pack/types';
import type { HantStandard } from '../convert/types';
import { asStored, scriptsToConvert } from './pack-view';

export async function loadToScript(
  packs: readonly Pack[],
  script: ShownScript,
  standard: HantStandard,
): Promise<ToScript> {
  if (scriptsToConvert(packs, script).length === 0) return asStored;
  const convert = await loadConverter(script, standard);
  const target = script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return (text, from) => (from === target ? text : convert(text));
}
