import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGuards } from './build-guards';
import { getGuards } from './guards';
import { renderBuiltinModule } from './render-builtin';

const file = join(dirname(fileURLToPath(import.meta.url)), 'builtin.generated.ts');

describe('builtin.generated.ts', () => {
  it('is what the guard lists compile to now (after changing them: UPDATE_BUILTIN=1)', () => {
    const text = renderBuiltinModule();
    if (process.env.UPDATE_BUILTIN) writeFileSync(file, text);
    expect(readFileSync(file, 'utf8') === text).toBe(true);
  });

  it('loads into the same guards as a fresh compile', () => {
    expect(getGuards()).toEqual(buildGuards());
  });
});
