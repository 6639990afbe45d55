/**
 * The reads the content script starts when it is injected, before the page is
 * parsed (entrypoints/content/index.ts). Each is a round trip to the browser,
 * and an answer that arrives once the page has begun laying itself out waits
 * behind that layout: in Firefox the settings arrived 13–136 ms after
 * DOMContentLoaded when asked for there, and before it when asked for here.
 *
 * - The settings and the imported packs: every page needs them, to know
 *   whether its site is on, so asking sooner costs nothing.
 * - The page assets (page-assets.ts): only once the page says it is Chinese
 *   in its head (its language or its title), watched only while the head is
 *   parsed. A page that does not say so is looked at again once it is parsed
 *   (`looksChinese`): most pages a reader opens load none of them.
 */
import { loadImportedPacks, type InstalledPack } from '../packs-store/packs-store';
import type { Settings } from '../settings/settings';
import { loadSettings } from '../settings/settings-store';
import { pageAssetReaders, prefetchPageAssets, type PageAssetReaders } from './page-assets';
import { saysChinese } from './relevant-text';

export interface EarlyReads {
  readonly settings: Promise<Settings>;
  /** Taken once, by the first session: later ones read the packs afresh. */
  readonly imported: Promise<InstalledPack[]>;
  readonly assets: PageAssetReaders;
  /** Starts loading the page assets, if that was not started yet. */
  prefetch(): void;
}

export function startEarlyReads(doc: Document): EarlyReads {
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
  whileHeadParses(doc, () => {
    if (!saysChinese(doc)) return false;
    prefetch();
    return true;
  });
  return { settings, imported, assets, prefetch };
}

/**
 * Asks `done` now and after each change the parser makes, until it says yes or the
 * head is over: the body has begun, or the page is parsed.
 */
function whileHeadParses(doc: Document, done: () => boolean): void {
  const over = () => done() || doc.body !== null || doc.readyState !== 'loading';
  if (over()) return;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => {
    if (over()) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
}
