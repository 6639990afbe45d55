/**
 * Tests run without the built extension: the web-accessible assets that the
 * content script imports at run time are not there. A pack's details come from
 * the generated files and the card's UI from its entry module instead (the
 * same code and data the build turns into the assets); other assets load as
 * the tests that need them arrange.
 */
import { vi } from 'vitest';
import type * as ImportAsset from '@/lib/import-asset';

vi.mock('@/lib/import-asset', async (importOriginal) => {
  const actual = await importOriginal<typeof ImportAsset>();
  const { loadBuiltinDetails } = await import('@/lib/pack/builtin-whole');
  // Loaded with the mock, so a card's first import answers at once (tests run on fake timers).
  const cardUi = await import('@/lib/card/card-ui');
  return {
    importAsset: async <T>(path: string): Promise<T> => {
      if (path === '/ui/card.js') return cardUi as T;
      const details = /^\/packs\/(.+)\.details\.js$/.exec(path);
      if (!details) return actual.importAsset<T>(path);
      return { default: await loadBuiltinDetails(details[1]!) } as T;
    },
  };
});
