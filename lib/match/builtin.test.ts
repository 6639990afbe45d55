import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBuiltinPacks } from '../pack/load';
import { buildGuards } from './build-guards';
import { builtinCompiled } from './builtin';
import { compilePacks } from './compile';
import { getGuards } from './guards';
import { renderBuiltinModule } from './render-builtin';
import { buildStartFilter, filterWords } from './start-filter';
import { testPack } from './test-pack';

const file = join(dirname(fileURLToPath(import.meta.url)), 'builtin.generated.ts');

describe('builtin.generated.ts', () => {
  it('is what the packs and guard lists compile to now (after changing them: UPDATE_BUILTIN=1)', () => {
    const text = renderBuiltinModule();
    if (process.env.UPDATE_BUILTIN) writeFileSync(file, text);
    expect(readFileSync(file, 'utf8') === text).toBe(true);
  });

  it('loads into the same guards and matcher as a fresh compile', () => {
    const fresh = buildGuards();
    expect(getGuards()).toEqual(fresh);
    const compiled = compilePacks(getBuiltinPacks(), fresh);
    const { filter, ...loaded } = builtinCompiled(getBuiltinPacks()) ?? {};
    expect(loaded).toEqual(compiled);
    // With the start filter, which a fresh compile leaves to createMatcher.
    expect(filter).toEqual(filterWords(buildStartFilter(compiled.trie)));
  });

  it('is used only for exactly the built-in packs', () => {
    expect(builtinCompiled([...getBuiltinPacks()])).toBeDefined();
    expect(builtinCompiled([])).toBeUndefined();
    expect(builtinCompiled([...getBuiltinPacks(), testPack])).toBeUndefined();
    expect(builtinCompiled([{ ...getBuiltinPacks()[0]! }])).toBeUndefined();
  });
});
