/**
 * Completes packs for the views that show their texts (cards, popup): a
 * built-in pack's core is joined with its details, read from the
 * extension's web-accessible file once per pack. Imported packs are whole
 * already and pass through.
 */
import { fetchExtensionJson } from './extension-json';
import { detailsAssetPath, isBuiltinPack } from './load';
import { joinPack, type PackDetails } from './pack-details';
import type { Pack } from './types';

export type LoadPackDetails = (id: string) => Promise<PackDetails>;

const fetchDetails: LoadPackDetails = (id) =>
  fetchExtensionJson(detailsAssetPath(id)) as Promise<PackDetails>;

const completed = new WeakMap<Pack, Promise<Pack>>();

export function completePacks(
  packs: readonly Pack[],
  load: LoadPackDetails = fetchDetails,
): Promise<Pack[]> {
  return Promise.all(
    packs.map((pack) => {
      if (!isBuiltinPack(pack)) return Promise.resolve(pack);
      let whole = completed.get(pack);
      if (!whole) {
        whole = load(pack.id).then((details) => joinPack(pack, details));
        completed.set(pack, whole);
        // A failed load is forgotten, so the next card tries again.
        whole.catch(() => completed.delete(pack));
      }
      return whole;
    }),
  );
}
