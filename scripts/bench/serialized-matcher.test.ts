import { getBuiltinPacks } from '../../lib/pack/load';
import { compilePacks } from '../../lib/match/compile';
import { createMatcherFrom } from '../../lib/match/matcher';
import { loadCompiled, serializeCompiled } from './serialized-matcher';
import { buildStartFilter, filterWords } from '../../lib/match/start-filter';
import { testPack } from '../../lib/match/test-pack';

describe('serializeCompiled / loadCompiled', () => {
  it('round-trips a compiled matcher that finds the same mentions', () => {
    const compiled = compilePacks([getBuiltinPacks()[0]!, testPack]);
    const bytes = serializeCompiled(compiled);
    // Loading from an offset inside a larger buffer (as when embedded) works too.
    const embedded = new Uint8Array(bytes.length + 8);
    embedded.set(bytes, 8);
    const loaded = loadCompiled(embedded.subarray(8));
    expect(loaded.entityIds).toEqual(compiled.entityIds);
    expect([...loaded.trie.cells]).toEqual([...compiled.trie.cells]);
    // The start filter comes stored, as computed from the cells.
    expect(loaded.filter).toEqual(filterWords(buildStartFilter(compiled.trie)));
    expect(loaded.trie.starts).toEqual(compiled.trie.starts);
    const text = '阿里雲的王堅在阿里山說,飛天+CIPU+倚天710;千帆競發;GPT4.0 與 AzureWave';
    expect(createMatcherFrom(loaded).match(text)).toEqual(createMatcherFrom(compiled).match(text));
    expect(createMatcherFrom(loaded).match(text).length).toBeGreaterThan(4);
  });
});
