import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from './settings';
import { loadSettings, updateSettings, watchSiteSettings } from './settings-store';

/** What Chrome rejects a sync write with once an item or the area is too big. */
const quotaError = () => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

test('quick updates apply one after another, none undoing another', async () => {
  await Promise.all([
    updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'a.example'] })),
    updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'b.example'] })),
    updateSettings((s) => ({
      ...s,
      disabledSites: s.disabledSites.filter((x) => x !== 'a.example'),
    })),
  ]);
  expect((await loadSettings()).disabledSites).toEqual(['b.example']);
});

test('a failing update leaves the settings as they were and the next one still runs', async () => {
  await expect(
    updateSettings(() => {
      throw new Error('broken edit');
    }),
  ).rejects.toThrow('broken edit');
  await updateSettings((s) => ({ ...s, enabled: false }));
  expect((await loadSettings()).enabled).toBe(false);
});

describe('where the settings are stored', () => {
  test('in storage.sync: one entry for every site, one per site, nothing left in local', async () => {
    await updateSettings((s) => ({
      ...s,
      traditionalStandard: 'tw',
      variantBySite: { 'news.example': 'hant' },
    }));
    const synced = await fakeBrowser.storage.sync.get();
    expect(Object.keys(synced).sort()).toEqual(['settings', 'site:news.example']);
    expect(synced['site:news.example']).toEqual({ variant: 'hant', savedAt: expect.any(Number) });
    expect(synced.settings).toMatchObject({ traditionalStandard: 'tw' });
    expect((await fakeBrowser.storage.local.get()).settings).toBeUndefined();
  });

  test('a site whose choices are undone leaves sync', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['news.example'] }));
    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    expect(await fakeBrowser.storage.sync.get()).not.toHaveProperty('site:news.example');
  });

  test('writes only the entries a change touched', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['a.example'] }));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updateSettings((s) => ({ ...s, disabledSites: ['a.example', 'b.example'] }));
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0])).toEqual(['site:b.example']);
  });
});

describe('when sync refuses a write', () => {
  test('the choice is kept in local, read back, and goes to sync with the next write', async () => {
    await updateSettings((s) => ({ ...s, readingMemory: false }));
    const refused = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    const next = await updateSettings((s) => ({ ...s, variantBySite: { 'news.example': 'hans' } }));
    expect(next.variantBySite).toEqual({ 'news.example': 'hans' });
    expect(await loadSettings()).toEqual(next);
    const local = await fakeBrowser.storage.local.get('settings');
    expect(Object.keys(local.settings as object)).toEqual(['site:news.example']);

    refused.mockRestore();
    await updateSettings((s) => ({ ...s, traditionalStandard: 'hk' }));
    const synced = await fakeBrowser.storage.sync.get();
    expect(synced['site:news.example']).toMatchObject({ variant: 'hans' });
    expect(synced.settings).toMatchObject({ readingMemory: false, traditionalStandard: 'hk' });
    expect((await fakeBrowser.storage.local.get()).settings).toBeUndefined();
  });

  test('an entry sync never takes (past its 512 items) does not hold later changes back', async () => {
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((items) =>
      'site:513th.example' in items
        ? Promise.reject(new Error('MAX_ITEMS quota exceeded'))
        : set(items),
    );
    await updateSettings((s) => ({ ...s, disabledSites: ['513th.example'] }));
    await updateSettings((s) => ({ ...s, traditionalStandard: 'hk' }));
    expect((await fakeBrowser.storage.sync.get()).settings).toMatchObject({
      traditionalStandard: 'hk',
    });
    const { settings: waiting } = await fakeBrowser.storage.local.get('settings');
    expect(Object.keys(waiting as object)).toEqual(['site:513th.example']);
    expect((await loadSettings()).disabledSites).toEqual(['513th.example']);
  });

  test('an undone site choice that could not reach sync stays undone', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['news.example'] }));
    vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValue(new Error('rate limit'));
    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    expect((await fakeBrowser.storage.sync.get())['site:news.example']).toMatchObject({
      off: true,
    });
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  test('with no sync at all (Firefox with it turned off) the settings still work locally', async () => {
    const off = () => Promise.reject(new Error('Please set webextensions.storage.sync.enabled'));
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(off);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(off);
    await updateSettings((s) => ({ ...s, enabled: false, disabledSites: ['a.example'] }));
    await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'b.example'] }));
    const settings = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
  });

  test('a newer choice from another browser wins over an older one waiting in local', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    await updateSettings((s) => ({ ...s, traditionalStandard: 'tw' }));
    const { settings: waiting } = await fakeBrowser.storage.local.get('settings');
    const savedAt = (waiting as Record<string, { savedAt: number }>).settings!.savedAt;
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), traditionalStandard: 'hk', savedAt: savedAt + 1 },
    });
    expect((await loadSettings()).traditionalStandard).toBe('hk');
    // And the older one, superseded, is not written over it.
    await updateSettings((s) => ({ ...s, disabledSites: ['a.example'] }));
    expect((await fakeBrowser.storage.sync.get()).settings).toMatchObject({
      traditionalStandard: 'hk',
    });
  });
});

describe('a reader updating from the layout of version 1 (one object in local)', () => {
  const version1 = {
    version: 1,
    enabled: false,
    disabledSites: ['off.example'],
    variantBySite: { 'tw.example': 'hant', 'off.example': 'hans' },
    traditionalStandard: 'twp',
    highlightStyles: { person: 'tint', figure: 'off' },
    readingMemory: false,
    disabledPacks: ['my-pack'],
  };
  const expected: Settings = {
    ...defaultSettings(),
    enabled: false,
    disabledSites: ['off.example'],
    variantBySite: { 'off.example': 'hans', 'tw.example': 'hant' },
    traditionalStandard: 'twp',
    highlightStyles: { ...defaultSettings().highlightStyles, person: 'tint', figure: 'off' },
    readingMemory: false,
    disabledPacks: ['my-pack'],
  };

  /** The extension after the update: the store's module evaluated afresh, the background's migration run. */
  async function startUpdated() {
    vi.resetModules();
    const store = await import('./settings-store');
    await store.migrateSettings();
    return store;
  }

  test('a page that reads before the background migrated sees the same settings, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: version1 });
    vi.resetModules();
    const { loadSettings: loadOnPage } = await import('./settings-store');
    expect(await loadOnPage()).toEqual(expected);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: version1,
    });
  });

  test('keeps every setting, and they move to sync in the new layout', async () => {
    await fakeBrowser.storage.local.set({ settings: version1 });
    const store = await startUpdated();
    expect(await store.loadSettings()).toEqual(expected);
    const synced = await fakeBrowser.storage.sync.get();
    expect(Object.keys(synced).sort()).toEqual(['settings', 'site:off.example', 'site:tw.example']);
    expect(synced['site:off.example']).toEqual({ off: true, variant: 'hans', savedAt: 0 });
    const local = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(local).toEqual({ settings: {}, settings$: { v: 2 } });
  });

  test('keeps every setting in local when sync refuses them', async () => {
    await fakeBrowser.storage.local.set({ settings: version1 });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    const store = await startUpdated();
    expect(await store.loadSettings()).toEqual(expected);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(Object.keys(settings as object).sort()).toEqual([
      'settings',
      'site:off.example',
      'site:tw.example',
    ]);
  });

  test('keeps what another browser already synced, and adds its own sites', async () => {
    await fakeBrowser.storage.local.set({ settings: version1 });
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), traditionalStandard: 'hk', savedAt: 5 },
      'site:tw.example': { variant: 'hans', savedAt: 5 },
    });
    const settings = await (await startUpdated()).loadSettings();
    expect(settings.traditionalStandard).toBe('hk');
    expect(settings.variantBySite).toEqual({ 'off.example': 'hans', 'tw.example': 'hans' });
    expect(settings.disabledSites).toEqual(['off.example']);
  });

  test('from the unversioned layout too, and a broken part falls back alone', async () => {
    await fakeBrowser.storage.local.set({
      settings: { offSites: ['old.example'], traditionalStandard: 'klingon', readingMemory: false },
    });
    const settings = await (await startUpdated()).loadSettings();
    expect(settings).toEqual({
      ...defaultSettings(),
      disabledSites: ['old.example'],
      readingMemory: false,
    });
  });
});

describe('watchSiteSettings', () => {
  test('reports changes to every site’s settings and to its own site, once each, until aborted', async () => {
    const seen: string[] = [];
    const stop = new AbortController();
    watchSiteSettings('news.example', stop.signal, (s) =>
      seen.push(`${s.traditionalStandard} ${s.disabledSites.join()}`),
    );
    await updateSettings((s) => ({ ...s, traditionalStandard: 'hk' }));
    await vi.waitFor(() => expect(seen).toEqual(['hk ']));
    await updateSettings((s) => ({ ...s, variantBySite: { 'other.example': 'hant' } }));
    await updateSettings((s) => ({ ...s, disabledSites: ['news.example'] }));
    await vi.waitFor(() => expect(seen).toEqual(['hk ', 'hk news.example']));
    stop.abort();
    // A second watcher, started after the first, hears the next change: by then the first would have.
    const later: string[] = [];
    watchSiteSettings('news.example', new AbortController().signal, (s) =>
      later.push(s.traditionalStandard),
    );
    await updateSettings((s) => ({ ...s, traditionalStandard: 'tw' }));
    await vi.waitFor(() => expect(later).toEqual(['tw']));
    expect(seen).toEqual(['hk ', 'hk news.example']);
  });

  test('hears a change that could only be kept in local', async () => {
    const seen: boolean[] = [];
    watchSiteSettings('news.example', new AbortController().signal, (s) => seen.push(s.enabled));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    await updateSettings((s) => ({ ...s, enabled: false }));
    await vi.waitFor(() => expect(seen).toEqual([false]));
  });
});

describe('stored settings that no longer parse', () => {
  test('each broken entry falls back to the defaults alone; the rest is kept', async () => {
    await updateSettings((settings) => ({
      ...settings,
      traditionalStandard: 'hk',
      disabledSites: ['kept.example'],
      variantBySite: { 'hans.example': 'hans' },
    }));
    // Damage as a bad sync merge or another version could leave it: a global entry that is
    // not an object, sites with the wrong types, an unsynced fallback that is a list.
    await fakeBrowser.storage.sync.set({
      settings: 'garbage',
      'site:broken.example': { off: 'yes', variant: 42, savedAt: 'x' },
      'site:null.example': null,
    });
    await fakeBrowser.storage.local.set({ settings: [1, 2, 3] });
    expect(await loadSettings()).toEqual({
      ...defaultSettings(),
      disabledSites: ['kept.example'],
      variantBySite: { 'hans.example': 'hans' },
    });
  });

  test('a change written over damaged settings is stored, and reads back', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'no', highlightStyles: 7 } });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await updateSettings((settings) => ({ ...settings, readingMemory: false }));
    expect(await loadSettings()).toEqual({ ...defaultSettings(), readingMemory: false });
  });
});
