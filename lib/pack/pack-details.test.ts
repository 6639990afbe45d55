import { getBuiltinWholePacks } from './builtin-whole';
import { completePacks } from './load-details';
import { getBuiltinPacks } from './builtin-bundled';
import { compactCore, expandCore, joinPack, splitPack } from './pack-details';

const whole = getBuiltinWholePacks()[0]!;

test('a pack split into core and details joins back to itself', () => {
  const { core, details } = splitPack(whole);
  expect(joinPack(core, details)).toEqual(whole);
  expect(core.sources).toEqual([]);
  expect(core.entities.every((e) => e.description === '' && e.facts.length === 0)).toBe(true);
  // The core keeps who relates to whom, without the texts.
  expect(core.relations.every((r) => r.role === undefined && r.period === undefined)).toBe(true);
  expect(core.relations.map((r) => `${r.type} ${r.from} ${r.to}`)).toEqual(
    whole.relations.map((r) => `${r.type} ${r.from} ${r.to}`),
  );
});

test('details complete only the pack they belong to', () => {
  const { core, details } = splitPack(whole);
  expect(() => joinPack({ ...core, id: 'other' }, details)).toThrow(/cannot complete/);
});

test('built-in cores are completed once each; imported packs pass through; a failed load is retried', async () => {
  const imported = { ...whole, id: 'mine' };
  let loads = 0;
  const flaky = (id: string) => {
    loads++;
    if (loads === 1) return Promise.reject(new Error('gone'));
    return Promise.resolve(splitPack(whole).details).then((d) => ({ ...d, id }));
  };
  const packs = [...getBuiltinPacks(), imported];
  await expect(completePacks(packs, flaky)).rejects.toThrow('gone');
  const [first, second] = await completePacks(packs, flaky);
  expect(first).toEqual(whole);
  expect(second).toBe(imported);
  expect((await completePacks(packs, flaky))[0]).toBe(first);
  expect(loads).toBe(2);
});

describe('the core as the build writes it', () => {
  test('leaves out what the split emptied, and expands back to the same core', () => {
    const { core } = splitPack(whole);
    const stored = JSON.parse(JSON.stringify(compactCore(core))) as {
      entities: object[];
      relations: unknown[];
    };
    expect(stored.entities.some((e) => 'description' in e || 'facts' in e)).toBe(false);
    // Relations as [type, from, to]: nothing else of theirs is in the core.
    expect(stored.relations).toEqual(core.relations.map((r) => [r.type, r.from, r.to]));
    expect(expandCore(stored)).toEqual(core);
  });

  test('writes a name the same in both scripts once, and a bare alias as its text', () => {
    const { core } = splitPack(whole);
    const same = core.entities.find((e) => e.names['zh-Hans'] === e.names['zh-Hant']);
    const bare = core.entities.find((e) => e.aliases.some((a) => Object.keys(a).length === 1));
    const flagged = core.entities.find((e) => e.aliases.some((a) => a.ambiguous));
    expect(same && bare && flagged).toBeTruthy();
    const stored = JSON.parse(JSON.stringify(compactCore(core))) as {
      entities: { id: string; names: Record<string, string>; aliases: unknown[] }[];
    };
    const storedOf = (id: string) => stored.entities.find((e) => e.id === id)!;
    expect(storedOf(same!.id).names).not.toHaveProperty('zh-Hans');
    expect(storedOf(bare!.id).aliases).toContain(
      bare!.aliases.find((a) => Object.keys(a).length === 1)!.text,
    );
    expect(storedOf(flagged!.id).aliases).toContainEqual(flagged!.aliases.find((a) => a.ambiguous));
    expect(expandCore(stored)).toEqual(core);
  });
});
