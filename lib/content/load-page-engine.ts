/**
 * The page engine (page-engine.ts), loaded once per page; tried again after a
 * failed load. In Chromium it is the extension's web-accessible module: V8
 * compiles it while it arrives and keeps its code between pages. Firefox keeps
 * no such cache for a module: there each page compiled it afresh, and its
 * import put ~50 ms on a typical article's way to ready (interleaved loads),
 * so Firefox's build keeps the engine inside the content script.
 */
import { importAsset } from '../import-asset';
import { loadOnce } from '../load-once';
import type * as PageEngineModule from './page-engine';

export type PageEngine = typeof PageEngineModule;

/** Where the build puts the page engine (scripts/build-lazy-assets.mjs). */
export const PAGE_ENGINE_PATH = '/engine/page.js';

export const loadPageEngine: () => Promise<PageEngine> = loadOnce(() =>
  // A dynamic import() in the content script is bundled into it: Firefox's build only.
  import.meta.env.FIREFOX ? import('./page-engine') : importAsset<PageEngine>(PAGE_ENGINE_PATH),
);
