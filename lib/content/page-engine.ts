/**
 * The page engine: all that matches and annotates a page (packs, matcher,
 * annotator, cards, conversion), built as a web-accessible module of its own
 * (`engine/page.js`, scripts/build-lazy-assets.mjs) that the content script
 * imports only for a page it will annotate (lib/content/load-page-engine.ts).
 * Most pages a reader opens are never annotated: they evaluate none of it.
 * In Chromium the module is also compiled whole while it arrives, and taken
 * from the code cache on later pages (the build's compile hint), where the
 * content script's functions were compiled one by one inside the first scan.
 *
 * The content script reaches what is here only through this module: a module
 * with state (the built-in packs as loaded, the highlight styles) must live in
 * one of the two bundles, never in both.
 */
export { startPageSession } from './page-session';
export { getEnabledPacks } from '../packs-store/packs-store';
export { loadMatcher } from '../pack/load-matcher';
export { setHighlightAppearance, useManifestHighlightStyles } from '../page';
