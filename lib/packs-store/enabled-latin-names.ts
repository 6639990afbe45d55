/**
 * The Latin names of the packs a page would be matched with, without loading
 * a built-in pack: its list was made when it was compiled. A page without CJK
 * text asks for these to learn whether it names the industry at all.
 */
import { BUILTIN_LATIN_NAMES } from '../pack/builtin-latin-names.generated';
import { BUILTIN_PACK_IDS } from '../pack/load';
import { latinNamesOf, mergeLatinNames, type LatinNameLists } from '../pack/latin-names';
import type { Settings } from '../settings/settings';
import type { InstalledPack } from './packs-store';

export function enabledLatinNames(
  settings: Pick<Settings, 'disabledPacks'>,
  imported: readonly InstalledPack[],
): LatinNameLists {
  const off = new Set(settings.disabledPacks);
  const lists: LatinNameLists[] = [];
  for (const id of BUILTIN_PACK_IDS) {
    const list = BUILTIN_LATIN_NAMES[id];
    if (list && !off.has(id)) lists.push(list);
  }
  const packs = imported.map((entry) => entry.pack).filter((pack) => !off.has(pack.id));
  if (packs.length > 0) lists.push(latinNamesOf(packs));
  return lists.length === 0 ? { acronyms: [], words: [] } : mergeLatinNames(lists);
}
