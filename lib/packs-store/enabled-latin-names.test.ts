import { getBuiltinPacks } from '../pack/builtin-bundled';
import { BUILTIN_LATIN_NAMES } from '../pack/builtin-latin-names.generated';
import { fakeEntity, fakePack } from '../match/fake-pack';
import { enabledLatinNames } from './enabled-latin-names';

const builtin = getBuiltinPacks()[0]!;
const imported = (id: string, en: string) => ({
  id,
  importedAt: 1,
  pack: fakePack([fakeEntity(`${id}-org`, 'org', '某公司', [], { en })], { id }),
});

test('the built-in pack’s names as compiled, without loading it', () => {
  expect(enabledLatinNames({ disabledPacks: [] }, [])).toBe(BUILTIN_LATIN_NAMES[builtin.id]);
  expect(enabledLatinNames({ disabledPacks: [] }, []).words).toContain('alibaba cloud');
});

test('imported packs’ names join them; disabled packs’ names do not', () => {
  const packs = [imported('a', 'Zhipu Robotics'), imported('b', 'Moonlit Compute')];
  const both = enabledLatinNames({ disabledPacks: ['b'] }, packs);
  expect(both.words).toContain('alibaba cloud');
  expect(both.words).toContain('zhipu robotics');
  expect(both.words).not.toContain('moonlit compute');
  const importedOnly = enabledLatinNames({ disabledPacks: [builtin.id, 'b'] }, packs);
  expect(importedOnly).toEqual({ acronyms: [], words: ['zhipu robotics'] });
});

test('nothing enabled, nothing to look for', () => {
  expect(enabledLatinNames({ disabledPacks: [builtin.id] }, [])).toEqual({
    acronyms: [],
    words: [],
  });
});
