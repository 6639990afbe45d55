import { getBuiltinPacks } from './load';
import { validatePack } from './validate';

test('the built-in packs are the validated seed pack', () => {
  const packs = getBuiltinPacks();
  expect(packs.map((p) => p.id)).toEqual(['cloud-2023']);
  for (const pack of packs) expect(validatePack(pack)).toEqual({ ok: true, pack });
});

test('returns the same frozen list each time', () => {
  expect(getBuiltinPacks()).toBe(getBuiltinPacks());
  expect(Object.isFrozen(getBuiltinPacks())).toBe(true);
});
