/**
 * Tests run without the built extension: the web-accessible assets that the
 * content script imports at run time are not there. A pack's core and details
 * come from the generated files, and the page engine and the card's UI from
 * their entry modules instead (the same code and data the build turns into the assets); other
 * assets load as the tests that need them arrange.
 */
import { vi } from 'vitest';
import type * as ImportAsset from '@/lib/import-asset';

vi.mock('@/lib/import-asset', async (importOriginal) => {
  const actual = await importOriginal<typeof ImportAsset>();
  // The generated files alone: the packs' modules import this loader (a cycle otherwise).
  const { builtinCoreFile, builtinDetailsFile } = await import('@/lib/pack/builtin-files');
  // Loaded with the mock, so a card's first import answers at once (tests run on fake timers).
  const cardUi = await import('@/lib/card/card-ui');
  return {
    importAsset: async <T>(path: string): Promise<T> => {
      if (path === '/ui/card.js') return cardUi as T;
      // PAGE_ENGINE_PATH: not imported here, its module imports the one mocked (a deadlock).
      if (path === '/engine/page.js') return (await import('@/lib/content/page-engine')) as T;
      const core = /^\/packs\/(.+)\.core\.js$/.exec(path);
      if (core) return { default: builtinCoreFile(core[1]!) } as T;
      const details = /^\/packs\/(.+)\.details\.js$/.exec(path);
      if (details) return { default: builtinDetailsFile(details[1]!) } as T;
      return actual.importAsset<T>(path);
    },
  };
});
