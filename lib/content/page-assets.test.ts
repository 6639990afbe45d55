/**
 * A page that looks Chinese asks at once for all its first scan needs; the
 * engine's own import of the pack's core is the same module, not a second load.
 */
import * as ImportAsset from '../import-asset';
import { BUILTIN_PACK_IDS, coreAssetPath, namesIndexPath } from '../pack/load';
import { rememberingFetch } from '../pack/extension-bytes';
import { PAGE_ENGINE_PATH } from './load-page-engine';
import { prefetchPageAssets } from './page-assets';

test('the engine, each built-in core and each names index are asked for together', () => {
  const imported = vi.spyOn(ImportAsset, 'importAsset');
  const fetchBytes = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
  prefetchPageAssets(rememberingFetch(fetchBytes));
  const paths = imported.mock.calls.map(([path]) => path);
  expect(paths).toContain(PAGE_ENGINE_PATH);
  for (const id of BUILTIN_PACK_IDS) {
    expect(paths).toContain(coreAssetPath(id));
    expect(fetchBytes).toHaveBeenCalledWith(namesIndexPath(id));
  }
});
