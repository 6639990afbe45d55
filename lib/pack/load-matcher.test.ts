import { compileNamesIndex } from '../match/names-index';
import { fakeEntity, fakePack } from '../match/fake-pack';
import { getBuiltinPacks } from './builtin-bundled';
import { namesIndexPath, packKey } from './load';
import { rememberingFetch } from './extension-bytes';
import { loadMatcher } from './load-matcher';

const builtin = getBuiltinPacks()[0]!;
const imported = fakePack([fakeEntity('acme', 'org', '阿克米')], { id: 'acme' });
const TEXT = '阿里雲與騰訊雲都談到阿克米';

/** A fetch of the extension's files that serves the built-in pack's index, counting calls. */
function fakeFetch(bytes = compileNamesIndex([builtin], [packKey(builtin)])) {
  const calls: string[] = [];
  const fetchBytes = vi.fn((path: string) => {
    calls.push(path);
    return Promise.resolve(bytes.slice().buffer);
  });
  return { fetchBytes, calls };
}

test('the built-in pack alone is matched from its names index, fetched once', async () => {
  const { fetchBytes, calls } = fakeFetch();
  // As a page does: the index is asked for early, and the matcher is made from the same reader.
  const reader = rememberingFetch(fetchBytes);
  void reader(namesIndexPath(builtin.id));
  const matcher = await loadMatcher([builtin], reader);
  expect(calls).toEqual([namesIndexPath(builtin.id)]);
  expect(matcher.match(TEXT).map((m) => m.entityId)).toEqual(['alibaba-cloud', 'tencent-cloud']);
});

test('other sets of packs are compiled, without a fetch', async () => {
  const { fetchBytes } = fakeFetch();
  const both = await loadMatcher([builtin, imported], fetchBytes);
  const alone = await loadMatcher([imported], fetchBytes);
  expect(fetchBytes).not.toHaveBeenCalled();
  expect(both.match(TEXT).map((m) => m.entityId)).toEqual([
    'alibaba-cloud',
    'tencent-cloud',
    'acme',
  ]);
  expect(alone.match(TEXT).map((m) => m.entityId)).toEqual(['acme']);
});

test('an index that cannot be fetched or read leaves the names compiled, and is asked for again', async () => {
  const failing = vi.fn(() => Promise.reject(new Error('gone')));
  const first = await loadMatcher([builtin], failing);
  await loadMatcher([builtin], failing);
  expect(failing).toHaveBeenCalledTimes(2);
  expect(first.match(TEXT).map((m) => m.entityId)).toEqual(['alibaba-cloud', 'tencent-cloud']);

  const stale = fakeFetch(compileNamesIndex([builtin], ['cloud-2023@0.0.1']));
  const fromStale = await loadMatcher([builtin], stale.fetchBytes);
  expect(fromStale.match(TEXT).map((m) => m.entityId)).toEqual(['alibaba-cloud', 'tencent-cloud']);
});
