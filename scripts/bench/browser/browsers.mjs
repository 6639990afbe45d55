// The two browsers of a run: Chromium with the built extension ("ours") and the same
// Chromium without it, for the baselines, so no content script runs beside them.
import puppeteer from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowsers } from '../../browsers.mjs';
import { CHROMIUM_FLAGS as FLAGS, launchWithExtension } from '../../launch.mjs';
const VIEWPORT = { width: 1280, height: 900 };

/** @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionBase: string | null, close(): Promise<void> }>} */
export async function launchPlain() {
  const paths = await findBrowsers();
  const profile = await mkdtemp(join(tmpdir(), 'pangzhu-bench-plain-'));
  const browser = await puppeteer.launch({
    executablePath: paths.chromium,
    headless: true,
    pipe: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    protocolTimeout: 240_000,
    args: FLAGS,
  });
  return {
    browser,
    extensionBase: null,
    async close() {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}

export async function launchOurs() {
  const launched = await launchWithExtension('chromium', { viewport: VIEWPORT });
  return {
    browser: launched.browser,
    extensionBase: /** @type {string | null} */ (launched.extensionBase),
    close: () => launched.close(),
  };
}

/** Rejects after `ms` with a message that says what took too long. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
