import { defaultSettings, type Settings } from './settings';
import {
  changedEntries,
  entriesFromSettings,
  entriesNotSuperseded,
  newestEntries,
  readEntries,
  settingsFromEntries,
} from './settings-layout';

function withSites(count: number): Settings {
  const hosts = Array.from({ length: count }, (_, i) => `news-${i}.example.com`);
  return {
    ...defaultSettings(),
    disabledSites: hosts.filter((_, i) => i % 2 === 0),
    variantBySite: Object.fromEntries(hosts.map((host) => [host, 'hant' as const])),
  };
}

test('settings become one entry for every site plus one per site with a choice, and back', () => {
  const settings: Settings = {
    ...defaultSettings(),
    traditionalStandard: 'hk',
    disabledSites: ['a.example', 'b.example'],
    variantBySite: { 'b.example': 'hans', 'c.example': 'hant' },
  };
  const entries = entriesFromSettings(settings, 7);
  expect(entries['site:a.example']).toEqual({ off: true, savedAt: 7 });
  expect(entries['site:b.example']).toEqual({ off: true, variant: 'hans', savedAt: 7 });
  expect(entries['site:c.example']).toEqual({ variant: 'hant', savedAt: 7 });
  expect(entries.settings).not.toHaveProperty('disabledSites');
  expect(entries.settings).toMatchObject({ traditionalStandard: 'hk', savedAt: 7 });
  expect(settingsFromEntries(entries)).toEqual(settings);
});

test('no entry nears sync’s 8 KB per item, however many sites the reader chose for', () => {
  const entries = entriesFromSettings(withSites(2000), Date.now());
  const sizes = Object.entries(entries).map(
    ([key, entry]) => key.length + JSON.stringify(entry).length,
  );
  expect(Math.max(...sizes)).toBeLessThan(1024);
  expect(Object.keys(entries)).toHaveLength(2001);
});

test('only the entries that changed are written; a site whose choices were undone is emptied', () => {
  const before: Settings = {
    ...defaultSettings(),
    disabledSites: ['a.example'],
    variantBySite: { 'b.example': 'hans' },
  };
  const after: Settings = {
    ...before,
    variantBySite: {},
    disabledSites: ['a.example', 'c.example'],
  };
  expect(changedEntries(before, after, 9)).toEqual({
    'site:b.example': { savedAt: 9 },
    'site:c.example': { off: true, savedAt: 9 },
  });
  expect(changedEntries(before, { ...before, readingMemory: false }, 9)).toEqual({
    settings: expect.objectContaining({ readingMemory: false, savedAt: 9 }),
  });
});

test('reads only entries from an area: other keys, version keys and non-objects are left out', () => {
  const entries = readEntries({
    settings: { enabled: false, savedAt: 'soon' },
    settings$: { v: 2 },
    'site:a.example': { off: true, savedAt: 3 },
    'site:': { off: true },
    'site:b.example': 'off',
    packs: [],
  });
  expect(entries).toEqual({
    settings: { enabled: false, savedAt: 0 },
    'site:a.example': { off: true, savedAt: 3 },
  });
  expect(readEntries('garbage')).toEqual({});
});

test('each entry is read in its newest version; on a tie the unsynced one', () => {
  const synced = {
    settings: { enabled: false, savedAt: 5 },
    'site:a.example': { off: true, savedAt: 5 },
    'site:b.example': { variant: 'hant', savedAt: 1 },
  };
  const unsynced = {
    settings: { enabled: true, savedAt: 5 },
    'site:a.example': { savedAt: 4 },
    'site:b.example': { variant: 'hans', savedAt: 2 },
  };
  const settings = settingsFromEntries(newestEntries(synced, unsynced));
  expect(settings.enabled).toBe(true);
  expect(settings.disabledSites).toEqual(['a.example']);
  expect(settings.variantBySite).toEqual({ 'b.example': 'hans' });
  expect(Object.keys(entriesNotSuperseded(synced, unsynced))).toEqual([
    'settings',
    'site:b.example',
  ]);
});

test('a broken entry falls back to the defaults for its broken fields only', () => {
  const settings = settingsFromEntries({
    settings: { enabled: 'yes', traditionalStandard: 'tw', highlightStyles: 'neon', savedAt: 1 },
    'site:a.example': { off: 'yes', variant: 'hans', savedAt: 1 },
    'site:b.example': { off: true, variant: 'klingon', savedAt: 1 },
  });
  expect(settings).toEqual({
    ...defaultSettings(),
    traditionalStandard: 'tw',
    disabledSites: ['b.example'],
    variantBySite: { 'a.example': 'hans' },
  });
});
