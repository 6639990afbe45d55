import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBuiltinWholePacks } from '../pack/builtin-whole';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import type { Pack } from '../pack/types';
import { importPackText } from './import-pack';
import {
  getEnabledPacks,
  loadInstalledPacks,
  PACKS_KEY,
  removeImportedPack,
  watchImportedPacks,
} from './packs-store';

const builtin = getBuiltinPacks()[0]!;

/** A valid pack of its own: the built-in one, whole, under another id. */
function fakePack(id = 'my-pack', edit: (pack: Pack) => void = () => {}): Pack {
  const pack = structuredClone<Pack>(getBuiltinWholePacks()[0]!);
  pack.id = id;
  edit(pack);
  return pack;
}

const asFile = (value: unknown) => JSON.stringify(value);

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importPackText', () => {
  test('stores a valid pack under "packs" as { id, importedAt, pack }', async () => {
    const result = await importPackText(asFile(fakePack()), 1234);
    expect(result).toMatchObject({ ok: true, replaced: false });
    const stored = await fakeBrowser.storage.local.get(PACKS_KEY);
    expect(stored[PACKS_KEY]).toEqual([{ id: 'my-pack', importedAt: 1234, pack: fakePack() }]);
  });

  test('refuses a file that is not JSON, leaving the installed packs as they were', async () => {
    await importPackText(asFile(fakePack()), 1);
    const before = await loadInstalledPacks();
    const result = await importPackText('{ "id": "oops", ');
    expect(result).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await loadInstalledPacks()).toEqual(before);
  });

  test('refuses an invalid pack with the JSON path of each error, installed packs unchanged', async () => {
    await importPackText(asFile(fakePack()), 1);
    const before = await loadInstalledPacks();
    const bad = fakePack('other-pack', (pack) => {
      (pack.entities[2] as { type: string }).type = 'robot';
    });
    const result = await importPackText(asFile(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid');
    const paths = result.errors.map((error) => error.path);
    expect(paths).toContain('entities[2].type');
    expect(await loadInstalledPacks()).toEqual(before);
  });

  test('a pack the browser will not store (quota) is refused with its message; nothing stored is lost', async () => {
    await importPackText(asFile(fakePack('a')), 1);
    const before = await loadInstalledPacks();
    // What Chrome rejects a write with once `storage.local` is full.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await importPackText(asFile(fakePack('big')), 2);
    expect(result).toEqual({
      ok: false,
      reason: 'not-stored',
      errors: [{ path: '', message: 'QUOTA_BYTES quota exceeded' }],
    });
    expect(await loadInstalledPacks()).toEqual(before);
  });

  test('packs stay in storage.local: nothing is written to sync', async () => {
    await importPackText(asFile(fakePack()), 1);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  test('refuses a pack that takes the built-in pack id', async () => {
    const result = await importPackText(asFile(fakePack(builtin.id)));
    expect(result).toMatchObject({ ok: false, reason: 'builtin-id' });
    expect((await loadInstalledPacks()).imported).toEqual([]);
  });

  test('a pack with the id of an imported one replaces it in place', async () => {
    await importPackText(asFile(fakePack('a')), 1);
    await importPackText(asFile(fakePack('b')), 2);
    const newer = fakePack('a', (pack) => void (pack.version = '2.0.0'));
    expect(await importPackText(asFile(newer), 3)).toMatchObject({ ok: true, replaced: true });
    const { imported } = await loadInstalledPacks();
    expect(imported.map((entry) => [entry.id, entry.pack.version, entry.importedAt])).toEqual([
      ['a', '2.0.0', 3],
      ['b', builtin.version, 2],
    ]);
  });
});

describe('getEnabledPacks', () => {
  test('gives the built-in packs first, then the imported ones', async () => {
    await importPackText(asFile(fakePack('a')), 1);
    await importPackText(asFile(fakePack('b')), 2);
    const packs = await getEnabledPacks({ disabledPacks: [] });
    expect(packs.map((pack) => pack.id)).toEqual([builtin.id, 'a', 'b']);
  });

  test('skips disabled packs, built-in ones included', async () => {
    await importPackText(asFile(fakePack('a')), 1);
    const packs = await getEnabledPacks({ disabledPacks: [builtin.id, 'gone'] });
    expect(packs.map((pack) => pack.id)).toEqual(['a']);
  });

  test('ignores stored entries that are not packs, keeping the rest', async () => {
    await fakeBrowser.storage.local.set({
      [PACKS_KEY]: [
        'junk',
        { id: 'x', importedAt: 1, pack: { format: 99 } },
        { id: 'y', importedAt: 1, pack: fakePack('z') },
        { id: builtin.id, importedAt: 1, pack: builtin },
        { id: 'a', importedAt: 1, pack: fakePack('a') },
      ],
    });
    expect((await getEnabledPacks({ disabledPacks: [] })).map((pack) => pack.id)).toEqual([
      builtin.id,
      'a',
    ]);
  });

  test('reads nothing but the stored list when storage holds something else', async () => {
    await fakeBrowser.storage.local.set({ [PACKS_KEY]: { a: 1 } });
    expect((await getEnabledPacks({ disabledPacks: [] })).map((pack) => pack.id)).toEqual([
      builtin.id,
    ]);
  });

  test('stays free of the validator (it runs in the content script)', () => {
    const source = readFileSync(join(import.meta.dirname, 'packs-store.ts'), 'utf8');
    expect(source).not.toMatch(/from '[^']*(validate|valibot|pack-schema)[^']*'/);
  });
});

test('removeImportedPack removes only that pack', async () => {
  await importPackText(asFile(fakePack('a')), 1);
  await importPackText(asFile(fakePack('b')), 2);
  await removeImportedPack('a');
  expect((await loadInstalledPacks()).imported.map((entry) => entry.id)).toEqual(['b']);
});

test('watchImportedPacks reports each change until its signal aborts', async () => {
  const seen: string[][] = [];
  const stop = new AbortController();
  watchImportedPacks(stop.signal, (packs) => seen.push(packs.map((entry) => entry.id)));
  await importPackText(asFile(fakePack('a')), 1);
  await removeImportedPack('a');
  stop.abort();
  await importPackText(asFile(fakePack('b')), 2);
  expect(seen).toEqual([['a'], []]);
});
