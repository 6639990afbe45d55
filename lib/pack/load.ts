/**
 * The packs built into the extension, as the extension loads them: each
 * pack's core (names, aliases, relations, figures; lib/pack/pack-details.ts)
 * is a web-accessible JSON file of its own (`packs/<id>.core.json`,
 * scripts/pack/pack-files.mjs), read when a page is to be matched or a view
 * lists the packs. It is not part of the content script, which every page
 * evaluates at start: a page that is never matched (most pages a reader
 * opens) does not pay for the pack.
 *
 * No validator here: this runs at content-script start-up, and the built-in
 * packs are validated when they are compiled (`npm run pack`) and in tests.
 */
import { fetchExtensionJson } from './extension-json';
import { expandCore } from './pack-details';
import type { Pack } from './types';

/** The packs built in, in the order they are matched (also the folders under assets/packs). */
export const BUILTIN_PACK_IDS: readonly string[] = ['cloud-2023'];

export const isBuiltinPackId = (id: string): boolean => BUILTIN_PACK_IDS.includes(id);

/** Where the build puts a built-in pack's core (wxt.config.ts). */
export const coreAssetPath = (id: string): string => `/packs/${id}.core.json`;

/** Where the build puts a built-in pack's details (wxt.config.ts). */
export const detailsAssetPath = (id: string): string => `/packs/${id}.details.json`;

/** Where the build puts a built-in pack's names index (lib/match/names-index.ts, wxt.config.ts). */
export const namesIndexPath = (id: string): string => `/packs/${id}.names.bin`;

/** What a names index records it was made from, so bytes of another pack version are refused. */
export const packKey = (pack: Pick<Pack, 'id' | 'version'>): string => `${pack.id}@${pack.version}`;

/** Each stored core's pack, made once: the same core always gives the same `Pack` object. */
const expanded = new WeakMap<object, Pack>();
const builtin = new WeakSet<Pack>();

/**
 * The built-in pack stored as `core` (the generated core file's content). The
 * pack is remembered as built in: its names index and its details are the
 * extension's own files (`isBuiltinPack`).
 */
export function builtinPackOf(core: object): Pack {
  let pack = expanded.get(core);
  if (!pack) {
    // JSON types strings as `string`, not as the pack's unions: the cast in
    // expandCore is checked by the tests, not by the compiler.
    pack = Object.freeze(expandCore(core));
    expanded.set(core, pack);
    builtin.add(pack);
  }
  return pack;
}

/** Whether `pack` is a built-in pack as loaded here (not an imported pack of the same id). */
export const isBuiltinPack = (pack: Pack): boolean => builtin.has(pack);

export type LoadCore = (id: string) => Promise<object>;

const fetchCore: LoadCore = (id) => fetchExtensionJson(coreAssetPath(id)) as Promise<object>;

let loading: Promise<readonly Pack[]> | null = null;

/**
 * The built-in packs, loaded once per page (or view). A failed load (the
 * extension was updated or removed under the page) is tried again next time.
 * `load`: how a core is read; a page hands over the reads it started early
 * (lib/content/page-assets.ts).
 */
export function loadBuiltinPacks(load: LoadCore = fetchCore): Promise<readonly Pack[]> {
  if (loading) return loading;
  const mine = Promise.all(BUILTIN_PACK_IDS.map(async (id) => builtinPackOf(await load(id)))).then(
    (packs): readonly Pack[] => Object.freeze(packs),
  );
  loading = mine;
  mine.catch(() => {
    if (loading === mine) loading = null;
  });
  return mine;
}
