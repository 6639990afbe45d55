import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from './settings-store';

beforeEach(() => fakeBrowser.reset());

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
