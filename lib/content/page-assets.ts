/**
 * What a page to be matched loads before its first scan: the page engine, the
 * built-in packs' cores and their names indexes. Each is a round trip to the
 * browser, so all start together, as soon as the page looks Chinese and while
 * its settings are read; a page that turns out not to be matched only wasted
 * the reads. The engine imports the cores itself: an import of a module
 * already asked for is answered from the page's module map.
 */
import { importAsset } from '../import-asset';
import type { FetchBytes } from '../pack/extension-bytes';
import { BUILTIN_PACK_IDS, coreAssetPath, namesIndexPath } from '../pack/load';
import { loadPageEngine } from './load-page-engine';

/** `indexBytes`: the reader the matcher is later made with (it keeps the bytes). */
export function prefetchPageAssets(indexBytes: FetchBytes): void {
  loadPageEngine().catch(() => {});
  for (const id of BUILTIN_PACK_IDS) {
    importAsset(coreAssetPath(id)).catch(() => {});
    indexBytes(namesIndexPath(id)).catch(() => {});
  }
}
