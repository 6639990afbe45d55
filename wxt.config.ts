import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { lazyAssetPublicFiles } from './scripts/build-lazy-assets.mjs';
import { packDataPublicFiles } from './scripts/pack/pack-files.mjs';
import { namesIndexPublicFiles } from './scripts/pack/names-index-assets';
import { manifestHighlightCss } from './lib/page/highlights/highlight-styles';
import { PAGE_MATCHES } from './lib/content/page-matches';

/** The default `::highlight()` rules, injected by the manifest (see below). */
const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

/** Vite accepts aliases as a record or a list; WXT's modules add theirs as a record. */
function isAliasRecord(alias: unknown): alias is Record<string, string> {
  return typeof alias === 'object' && alias !== null && !Array.isArray(alias);
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // `lib/` is imported explicitly everywhere; only WXT's own APIs come from `#imports`.
  imports: false,
  // `wxt/browser` becomes Mozilla's webextension-polyfill: one promise-based `browser` in
  // Chrome and Firefox alike (WXT's own `browser` is Chrome's `chrome` object as it is).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script keeps WXT's own `browser` (Firefox's `browser`, Chrome's promise-based
    // `chrome`): every page pays for what it loads at start, and the polyfill measured 3.1 KB
    // gzipped there, more than the 100 KB start-up budget had left. The one thing it would
    // need from the polyfill, answering a message later, is written the way both browsers take
    // without it (`answerRequests` in lib/messages.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.some((entry) => entry.type === 'content-script') && isAliasRecord(alias))
        delete alias['wxt/browser'];
    },
    // The opencc-js dictionaries (hundreds of KB) and the card's UI are not part of the content
    // script: they are built as separate ESM files that the content script imports only when a
    // conversion or a card is asked for (lib/convert/load-converter.ts, lib/card/load-card-ui.ts).
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await lazyAssetPublicFiles()));
      // A built-in pack's core (names, figures) likewise, read when a page is to be matched,
      // and its details (descriptions, facts, sources) when a card or the popup first needs
      // them: a page that is never matched pays for neither.
      files.push(...(await packDataPublicFiles()));
      // A built-in pack's matcher, compiled now: a page loads it instead of compiling names.
      files.push(...(await namesIndexPublicFiles()));
      files.push({
        relativeDest: HIGHLIGHT_CSS_FILE,
        contents: manifestHighlightCss(wxt.config.browser),
      });
    },
    // The default rules go in before the page is parsed: added once it is laid out, they
    // restyle every element of it (~0.1 s on a 1 MB page, ~0.5 s on 5 MB). Hence an entry of
    // their own at document_start beside each script's: Chromium injects a content script's
    // CSS early whatever its run_at, but Firefox at its run_at (document_idle: measured, one
    // restyle of ~0.25 s on the 5 MB page, 0.1 s more stall than the page's own). The
    // reader's own looks still come from the content script (lib/page/highlights/highlight.ts),
    // only when they differ from these.
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      manifest.content_scripts = [
        ...scripts,
        ...scripts.map(({ matches, exclude_matches, all_frames, match_about_blank }) => ({
          matches,
          exclude_matches,
          all_frames,
          match_about_blank,
          run_at: 'document_start' as const,
          css: [HIGHLIGHT_CSS_FILE],
        })),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: [
      // Settings, per-site choices, imported packs and the local reading memory.
      'storage',
      // "Look up selection" and "convert this page" in the page's context menu.
      'contextMenus',
      // Chrome: on install and update, the new version goes into the tabs already open
      // (lib/background/take-over-tabs.ts). Firefox does that itself.
      ...(browser === 'firefox' ? [] : ['scripting']),
    ],
    // Chrome: `scripting` may put a script only where the extension has host permissions;
    // these are the content script's own matches, so the reader is asked for nothing more.
    ...(browser === 'firefox' ? {} : { host_permissions: PAGE_MATCHES }),
    // The page engine, the conversion dictionaries and the card's UI, imported by the content
    // script on demand; the packs' cores, details and names indexes, fetched by it.
    web_accessible_resources:
      browser === 'firefox'
        ? ['converters/*.js', 'ui/*.js', 'engine/*.js', 'packs/*.json', 'packs/*.bin']
        : [
            {
              resources: [
                'converters/*.js',
                'ui/*.js',
                'engine/*.js',
                'packs/*.json',
                'packs/*.bin',
              ],
              matches: PAGE_MATCHES,
            },
          ],
    commands: {
      'toggle-variant': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_command_toggle_variant__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_command_toggle_highlights__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_command_next_mention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_command_previous_mention__',
      },
    },
    // The CSS Custom Highlight API (highlights are ranges, never DOM changes)
    // arrived in Chrome 105 and Firefox 140.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pangzhu@pangzhu.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android declares data collection only from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
