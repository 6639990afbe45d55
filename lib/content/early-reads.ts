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
 * is parsed and looks Chinese (`prefetchIfChinese`: in Chromium inside
 * DOMContentLoaded, with these reads; in Firefox from start-content.ts). Started while
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
import { looksChinese } from './relevant-text';

export interface EarlyReads {
  readonly settings: Promise<Settings>;
  /** Taken once, by the first session: later ones read the packs afresh. */
  readonly imported: Promise<InstalledPack[]>;
  readonly assets: PageAssetReaders;
  /**
   * Whether `doc` (parsed) looks Chinese: its page assets start loading then (once). Asked
   * inside DOMContentLoaded in Chromium: the requests go out before the page's first layout,
   * and their answers wait only for that (asked after it, the engine came 12–40 ms after
   * our start on the bench's 1 MB page, and the first scan started ~5 ms later).
   */
  prefetchIfChinese(doc: Document): boolean;
}

export function startEarlyReads(): EarlyReads {
  const imported = loadImportedPacks();
  // Unused where the site is off: its failure is reported where it is awaited, if ever.
  imported.catch(() => {});
  const settings = loadSettings();
  const assets = pageAssetReaders();
  let chinese: boolean | undefined;
  const prefetchIfChinese = (doc: Document) => {
    if (chinese === undefined && (chinese = looksChinese(doc))) prefetchPageAssets(assets);
    return chinese;
  };
  return { settings, imported, assets, prefetchIfChinese };
}
