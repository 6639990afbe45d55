// Launches Debian's Chromium or Firefox ESR with the built extension installed, for the
// demo, the end-to-end tests and the benchmark. Every request that is not to the
// loopback address is refused: both browsers send everything else to a dead proxy.
import puppeteer from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowsers } from './browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIRS = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
};
/** Fixed so extension pages have a known address in Firefox (moz-extension://<uuid>/). */
const FIREFOX_ADDON_ID = 'pangzhu@pangzhu.dev';
const FIREFOX_UUID = '6f0e6a4e-2b7c-4f1e-9d8a-70616e677a68';
/** Firefox's pointer capabilities (bits: 1 coarse, 2 fine, 4 hover): a finger only. */
const FIREFOX_TOUCH_PREFS = {
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
  'dom.w3c_touch_events.enabled': 1,
};
// Port 9 (discard) on loopback: nothing listens there, so proxied requests fail at once.
const DEAD_PROXY = '127.0.0.1:9';

/** Chromium without its own background traffic, sending everything off loopback nowhere. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  `--proxy-server=${DEAD_PROXY}`,
  '--lang=en-US',
];

/**
 * @param {'chromium' | 'firefox'} name
 * `extension: false` launches the same browser, profile settings and all, without the
 * extension (the bench's pages without it).
 * `touch`: a phone's pointer, a finger (CSS `pointer: coarse`, `hover: none`, touch events).
 * `firefoxPrefs`: Firefox preferences on top of the launcher's own.
 * @param {{ headless?: boolean, viewport?: { width: number, height: number } | null, args?: string[], extension?: boolean, touch?: boolean, firefoxPrefs?: Record<string, unknown> }} [options]
 */
export async function launchWithExtension(name, options = {}) {
  const paths = await findBrowsers();
  const headless = options.headless ?? true;
  const size = options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport;
  // Chromium emulates a touch screen per page (CDP); Firefox takes it from its preferences.
  const viewport =
    options.touch && name === 'chromium' && size
      ? { ...size, hasTouch: true, isMobile: true }
      : size;
  const profile = await mkdtemp(join(tmpdir(), `pangzhu-${name}-`));
  let browser;
  let extensionBase;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: paths.chromium,
      headless,
      pipe: true,
      enableExtensions: true,
      userDataDir: profile,
      defaultViewport: viewport,
      args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    });
    if (options.extension !== false) {
      const id = await browser.installExtension(EXTENSION_DIRS.chromium);
      extensionBase = `chrome-extension://${id}`;
    }
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: paths.firefox,
      headless,
      userDataDir: profile,
      defaultViewport: viewport,
      // Lets WebDriver BiDi open the extension's own pages (moz-extension:), which it
      // refuses by default; web pages still cannot.
      args: ['--remote-allow-system-access', ...(options.args ?? [])],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '127.0.0.1, localhost',
        'network.proxy.allow_hijacking_localhost': false,
        'intl.locale.requested': 'en-US',
        'ui.systemUsesDarkTheme': 0,
        ...(options.touch ? FIREFOX_TOUCH_PREFS : {}),
        ...options.firefoxPrefs,
      },
    });
    if (options.extension !== false) {
      await browser.installExtension(EXTENSION_DIRS.firefox);
      extensionBase = `moz-extension://${FIREFOX_UUID}`;
    }
  }
  return {
    browser,
    extensionBase,
    async close() {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}
