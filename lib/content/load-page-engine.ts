/**
 * The page engine (page-engine.ts), imported once per page from the
 * extension's web-accessible module; tried again after a failed import.
 */
import { importAsset } from '../import-asset';
import { loadOnce } from '../load-once';
import type * as PageEngineModule from './page-engine';

export type PageEngine = typeof PageEngineModule;

/** Where the build puts the page engine (scripts/build-lazy-assets.mjs). */
export const PAGE_ENGINE_PATH = '/engine/page.js';

export const loadPageEngine: () => Promise<PageEngine> = loadOnce(() =>
  importAsset<PageEngine>(PAGE_ENGINE_PATH),
);
