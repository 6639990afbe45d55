/**
 * A page that looks Chinese asks at once for all its first scan needs, and
 * hands the reads over: the engine's packs take the core read started early.
 */
import * as ImportAsset from '../import-asset';
import { readsHandedOver } from '../pack/extension-json';
import { rememberingFetch } from '../pack/extension-bytes';
import { BUILTIN_PACK_IDS, coreAssetPath, namesIndexPath } from '../pack/load';
import { PAGE_ENGINE_PATH } from './load-page-engine';
import { coreLoader, prefetchPageAssets } from './page-assets';

function readers() {
  const fetchBytes = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
  const fetchJson = vi.fn((path: string) => Promise.resolve({ path }));
  return {
    fetchBytes,
    fetchJson,
    readers: { indexBytes: rememberingFetch(fetchBytes), cores: readsHandedOver(fetchJson) },
  };
}

test('the engine, each built-in core and each names index are asked for together', () => {
  const imported = vi.spyOn(ImportAsset, 'importAsset');
  const { fetchBytes, fetchJson, readers: r } = readers();
  prefetchPageAssets(r);
  expect(imported.mock.calls.map(([path]) => path)).toContain(PAGE_ENGINE_PATH);
  for (const id of BUILTIN_PACK_IDS) {
    expect(fetchJson).toHaveBeenCalledWith(coreAssetPath(id));
    expect(fetchBytes).toHaveBeenCalledWith(namesIndexPath(id));
  }
});

test('a core read early is handed over once, then read anew', async () => {
  const { fetchJson, readers: r } = readers();
  const [id] = BUILTIN_PACK_IDS;
  prefetchPageAssets(r);
  const load = coreLoader(r);
  await expect(load(id!)).resolves.toEqual({ path: coreAssetPath(id!) });
  expect(fetchJson).toHaveBeenCalledTimes(BUILTIN_PACK_IDS.length);
  await load(id!);
  expect(fetchJson).toHaveBeenCalledTimes(BUILTIN_PACK_IDS.length + 1);
});

test('a failed early read reaches its taker, and the next read tries again', async () => {
  const fetchJson = vi
    .fn<(path: string) => Promise<unknown>>()
    .mockRejectedValueOnce(new Error('gone'))
    .mockResolvedValue({});
  const cores = readsHandedOver(fetchJson);
  cores.start('/packs/x.core.json');
  await expect(cores.take('/packs/x.core.json')).rejects.toThrow('gone');
  await expect(cores.take('/packs/x.core.json')).resolves.toEqual({});
});
