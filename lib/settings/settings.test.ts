import { defaultSettings, isSiteEnabled, normaliseSettings } from './settings';

describe('normaliseSettings', () => {
  test('gives the defaults for nothing stored, or for something that is not an object', () => {
    for (const stored of [undefined, null, 42, 'x', [1, 2]]) {
      expect(normaliseSettings(stored)).toEqual(defaultSettings());
    }
  });

  test('keeps every valid field and replaces only the broken ones', () => {
    const settings = normaliseSettings({
      version: 1,
      enabled: 'yes',
      disabledSites: ['a.example', 7, '', 'a.example', 'b.example'],
      variantBySite: { 'a.example': 'hans', 'b.example': 'klingon', 'c.example': 'original' },
      traditionalStandard: 'hk',
      highlightStyles: { person: 'tint', org: 'neon' },
      readingMemory: false,
      disabledPacks: 'all',
    });
    expect(settings.enabled).toBe(true);
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(settings.variantBySite).toEqual({ 'a.example': 'hans' });
    expect(settings.traditionalStandard).toBe('hk');
    expect(settings.highlightStyles.person).toBe('tint');
    expect(settings.highlightStyles.org).toBe('underline');
    expect(settings.readingMemory).toBe(false);
    expect(settings.disabledPacks).toEqual([]);
  });

  test('migrates the unversioned layout, keeping its site list', () => {
    const settings = normaliseSettings({ enabled: false, offSites: ['old.example'] });
    expect(settings.enabled).toBe(false);
    expect(settings.disabledSites).toEqual(['old.example']);
  });
});

test('a site is on unless paused globally or turned off for it', () => {
  const settings = defaultSettings();
  expect(isSiteEnabled(settings, 'news.example')).toBe(true);
  expect(isSiteEnabled({ ...settings, disabledSites: ['news.example'] }, 'news.example')).toBe(
    false,
  );
  expect(isSiteEnabled({ ...settings, enabled: false }, 'other.example')).toBe(false);
});
