import { getBuiltinWholePacks } from './builtin-whole';
import { getBuiltinPacks } from './builtin-bundled';
import { validatePack } from './validate';

test('the built-in packs, whole, are the validated industry pack', () => {
  const packs = getBuiltinWholePacks();
  expect(packs.map((p) => p.id)).toEqual(['cloud-2023']);
  for (const pack of packs) expect(validatePack(pack)).toEqual({ ok: true, pack });
});

test('their cores carry names, relations and figures, no texts', () => {
  const [core] = getBuiltinPacks();
  expect(core!.sources).toEqual([]);
  expect(core!.entities.every((e) => e.description === '' && e.facts.length === 0)).toBe(true);
  expect(core!.figures.map((f) => [f.id, f.value, f.period.start])).toEqual(
    getBuiltinWholePacks()[0]!.figures.map((f) => [f.id, f.value, f.period.start]),
  );
  expect(core!.figures.every((f) => f.metric === '' && f.note === undefined)).toBe(true);
});

test('returns the same frozen list each time', () => {
  expect(getBuiltinPacks()).toBe(getBuiltinPacks());
  expect(Object.isFrozen(getBuiltinPacks())).toBe(true);
});

describe('loading the built-in packs as the extension does', () => {
  // A fresh module each time: the packs are loaded once per page.
  const freshLoad = async () => {
    vi.resetModules();
    return import('./load');
  };

  test('once: the same packs, marked built in, for every caller', async () => {
    const { loadBuiltinPacks, isBuiltinPack } = await freshLoad();
    const loadCore = vi.fn(async () =>
      (await import('./builtin-files')).builtinCoreFile('cloud-2023'),
    );
    const [first, second] = await Promise.all([loadBuiltinPacks(loadCore), loadBuiltinPacks()]);
    expect(first).toBe(second);
    expect(loadCore).toHaveBeenCalledTimes(1);
    expect(first.map((pack) => pack.id)).toEqual(['cloud-2023']);
    expect(isBuiltinPack(first[0]!)).toBe(true);
    expect(isBuiltinPack({ ...first[0]! })).toBe(false);
  });

  test('a failed load (the extension updated under the page) is tried again', async () => {
    const { loadBuiltinPacks } = await freshLoad();
    await expect(loadBuiltinPacks(() => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    const packs = await loadBuiltinPacks(async () =>
      (await import('./builtin-files')).builtinCoreFile('cloud-2023'),
    );
    expect(packs).toHaveLength(1);
  });
});
