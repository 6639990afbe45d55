/**
 * What a page to be matched loads before its first scan: the page engine, the
 * built-in packs' cores and their names indexes. Each is a round trip to the
 * browser, so all start together, as soon as the page looks Chinese and while
 * its settings are read; a page that turns out not to be matched only wasted
 * the reads. The engine is then imported again (the page's module map answers
 * at once), and the cores and indexes are handed over by the readers below.
 */
import { readsHandedOver, type ReadsHandedOver } from '../pack/extension-json';
import { rememberingFetch, type FetchBytes } from '../pack/extension-bytes';
import { BUILTIN_PACK_IDS, coreAssetPath, namesIndexPath, type LoadCore } from '../pack/load';
import { loadPageEngine } from './load-page-engine';

export interface PageAssetReaders {
  /** The names indexes: the matcher is made from (and keeps) these bytes. */
  indexBytes: FetchBytes;
  /** The cores: taken once each, by the packs' load (the parsed core is not kept here). */
  cores: ReadsHandedOver;
}

export function pageAssetReaders(): PageAssetReaders {
  return { indexBytes: rememberingFetch(), cores: readsHandedOver() };
}

/** How the engine reads a built-in core: the read started early, or a new one. */
export const coreLoader =
  (readers: PageAssetReaders): LoadCore =>
  (id) =>
    readers.cores.take(coreAssetPath(id)) as Promise<object>;

export function prefetchPageAssets(readers: PageAssetReaders): void {
  loadPageEngine().catch(() => {});
  for (const id of BUILTIN_PACK_IDS) {
    readers.cores.start(coreAssetPath(id));
    readers.indexBytes(namesIndexPath(id)).catch(() => {});
  }
}
