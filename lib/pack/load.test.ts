import { getBuiltinWholePacks } from './builtin-whole';
import { getBuiltinPacks } from './load';
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
