/**
 * The reads the content script starts before its work (entrypoints/content/index.ts
 * says when: at injection in Firefox, inside DOMContentLoaded in Chromium): the
 * settings and the imported packs. Each is a round trip to the browser, and an
 * answer that arrives once the page has begun laying itself out waits behind that
 * layout: in Firefox the settings arrived 13–136 ms after DOMContentLoaded when
 * asked for there, and before it when asked for at injection. In Chromium, whose
 * work starts after the page's first layout, answers that came while the page was
 * parsed made it lay a long page out before the parse ended. Every page needs them,
 * to know whether its site is on, so asking before the work starts costs nothing.
 *
 * The page assets (page-assets.ts) are not among them: they start once the page
 * is parsed and looks Chinese (`prefetch`, from start-content.ts). Started while
 * the head was parsed, the engine's import and the packs' reads put tasks between
 * the parser's: Chromium then laid out and painted a 1 MB page before it was
 * parsed, and its DOMContentLoaded came 190–320 ms after navigation in 8 loads of
 * 8 (41–69 ms in 7 of 8 without them, as without the extension), while a typical
 * article was ready no sooner (interleaved loads in both browsers).
 */
import { loadImportedPacks, type InstalledPack } from '../packs-store/packs-store';
import type { Settings } from '../settings/settings';
import { loadSettings } from '../settings/settings-store';
import { pageAssetReaders, prefetchPageAssets, type PageAssetReaders } from './page-assets';

export interface EarlyReads {
  readonly settings: Promise<Settings>;
  /** Taken once, by the first session: later ones read the packs afresh. */
  readonly imported: Promise<InstalledPack[]>;
  readonly assets: PageAssetReaders;
  /** Starts loading the page assets, if that was not started yet. */
  prefetch(): void;
}

export function startEarlyReads(): EarlyReads {
  const imported = loadImportedPacks();
  // Unused where the site is off: its failure is reported where it is awaited, if ever.
  imported.catch(() => {});
  const settings = loadSettings();
  const assets = pageAssetReaders();
  let prefetched = false;
  const prefetch = () => {
    if (prefetched) return;
    prefetched = true;
    prefetchPageAssets(assets);
  };
  return { settings, imported, assets, prefetch };
}
