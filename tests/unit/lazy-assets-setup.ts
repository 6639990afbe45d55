/**
 * Tests run without the built extension: the web-accessible assets that the
 * content script imports or reads at run time are not there. A pack's core and
 * details come from the generated files, and the page engine and the card's UI from
 * their entry modules instead (the same code and data the build turns into the assets); other
 * assets load as the tests that need them arrange.
 */
import { vi } from 'vitest';
import type * as ImportAsset from '@/lib/import-asset';
import type * as ExtensionJson from '@/lib/pack/extension-json';

vi.mock('@/lib/import-asset', async (importOriginal) => {
  const actual = await importOriginal<typeof ImportAsset>();
  // Loaded with the mock, so a card's first import answers at once (tests run on fake timers).
  const cardUi = await import('@/lib/card/card-ui');
  return {
    importAsset: async <T>(path: string): Promise<T> => {
      if (path === '/ui/card.js') return cardUi as T;
      // PAGE_ENGINE_PATH: not imported here, its module imports the one mocked (a deadlock).
      if (path === '/engine/page.js') return (await import('@/lib/content/page-engine')) as T;
      return actual.importAsset<T>(path);
    },
  };
});

vi.mock('@/lib/pack/extension-json', async (importOriginal) => {
  const actual = await importOriginal<typeof ExtensionJson>();
  const { builtinCoreFile, builtinDetailsFile } = await import('@/lib/pack/builtin-files');
  // The same objects each time: the packs are then those of lib/pack/builtin-bundled.ts.
  const fetchExtensionJson: ExtensionJson.FetchJson = async (path) => {
    const core = /^\/packs\/(.+)\.core\.json$/.exec(path);
    if (core) return builtinCoreFile(core[1]!);
    const details = /^\/packs\/(.+)\.details\.json$/.exec(path);
    if (details) return builtinDetailsFile(details[1]!);
    return actual.fetchExtensionJson(path);
  };
  return {
    ...actual,
    fetchExtensionJson,
    readsHandedOver: (read: ExtensionJson.FetchJson = fetchExtensionJson) =>
      actual.readsHandedOver(read),
  };
});
