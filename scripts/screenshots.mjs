// Takes the README's screenshots with the built extension in Chromium: the demo page with
// its highlights, an entity card and a figure card on a light and on a dark page, the popup
// in light and dark, and a second article (Huawei, Tencent, ByteDance; Simplified) lit up
// with a card; then on a phone (412 px, a finger for a pointer) the demo page lit up, the
// same page with a tapped name's card as a bottom sheet, and the popup and the options page
// as Firefox for Android opens them. Run after `npm run build`:
// node scripts/screenshots.mjs [--only desktop|phone]
import { resolve } from 'node:path';
import { launchWithExtension } from './launch.mjs';
import { startPageServer } from './serve.mjs';
import { textPoint } from './text-point.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'assets/screenshots');

async function hoverText(page, text) {
  const point = await textPoint(page, text);
  await page.mouse.move(point.x - 40, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForFunction(
    () => document.querySelector('[data-pangzhu-ui]')?.shadowRoot?.querySelector('[role="dialog"]'),
    { timeout: 10_000 },
  );
  await new Promise((done) => setTimeout(done, 400));
}

async function tabIdOf(launched, url) {
  const probe = await launched.browser.newPage();
  await probe.goto(`${launched.extensionBase}/popup.html?tab=none`);
  const id = await probe.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      const state = await chrome.tabs
        .sendMessage(tab.id, { type: 'get-page-state' })
        .catch(() => null);
      if (state?.url === wanted) return tab.id;
    }
    return -1;
  }, url);
  await probe.close();
  return id;
}

/** A large Android phone's screen in CSS pixels (Pixel 7: 412 × 915). */
const PHONE = { width: 412, height: 915 };

/** A finger's tap on `text` (scrolled to the middle of the screen), then its sheet settled. */
async function tapText(page, text) {
  const point = await textPoint(page, text);
  await page.touchscreen.tap(point.x, point.y);
  await page.waitForFunction(
    () => {
      const dialog = document
        .querySelector('[data-pangzhu-ui]')
        ?.shadowRoot?.querySelector('[role="dialog"]');
      return dialog && !dialog.getAnimations().some((a) => a.playState === 'running');
    },
    { timeout: 10_000, polling: 100 },
  );
  await new Promise((done) => setTimeout(done, 300));
}

/** Shoots `page` whole, up to `maxHeight`: a phone's page scrolls, the shot need not. */
async function shootWhole(page, path, width, maxHeight) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({
    width,
    height: Math.min(height, maxHeight),
    hasTouch: true,
    isMobile: true,
  });
  await page.screenshot({ path });
}

async function shootPhone(server) {
  const launched = await launchWithExtension('chromium', { touch: true, viewport: PHONE });
  try {
    const url = `${server.origin}/seed-article.html`;
    const page = await launched.browser.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-pangzhu-state="ready"]');
    // One screen of the article as it opens, then a name tapped: its card as a bottom sheet.
    await page.screenshot({ path: `${OUT}/phone-article.png` });
    await tapText(page, '吳泳銘');
    await page.screenshot({ path: `${OUT}/phone-card.png` });
    const tabId = await tabIdOf(launched, url);
    const popup = await launched.browser.newPage();
    await popup.goto(`${launched.extensionBase}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.related');
    await new Promise((done) => setTimeout(done, 300));
    // One screen: what a reader sees on opening it.
    await shootWhole(popup, `${OUT}/phone-popup.png`, PHONE.width, PHONE.height);
    const options = await launched.browser.newPage();
    await options.goto(`${launched.extensionBase}/options.html`);
    await options.waitForSelector('main.options:not([aria-busy])');
    await shootWhole(options, `${OUT}/phone-options.png`, PHONE.width, 1600);
  } finally {
    await launched.close();
  }
}

async function shootDesktop(server) {
  const launched = await launchWithExtension('chromium', {
    viewport: { width: 1280, height: 820 },
  });
  try {
    for (const theme of ['light', 'dark']) {
      const page = await launched.browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      const url = `${server.origin}/seed-article.html${theme === 'dark' ? '?dark' : ''}`;
      await page.goto(url);
      await page.waitForSelector('html[data-pangzhu-state="ready"]');
      if (theme === 'light') await page.screenshot({ path: `${OUT}/page.png` });
      await hoverText(page, '吳泳銘');
      await page.screenshot({ path: `${OUT}/card-entity-${theme}.png` });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await hoverText(page, '19.4%');
      await page.screenshot({ path: `${OUT}/card-figure-${theme}.png` });

      const tabId = await tabIdOf(launched, url);
      const popup = await launched.browser.newPage();
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.goto(`${launched.extensionBase}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('main.popup:not([aria-busy])');
      await new Promise((done) => setTimeout(done, 300));
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.setViewport({ width: 400, height: Math.min(height, 900) });
      await popup.screenshot({ path: `${OUT}/popup-${theme}.png` });
      await popup.close();
      await page.close();
    }
    const industry = await launched.browser.newPage();
    await industry.goto(`${server.origin}/industry-article.html`);
    await industry.waitForSelector('html[data-pangzhu-state="ready"]');
    await industry.screenshot({ path: `${OUT}/industry-page.png` });
    await hoverText(industry, '张平安');
    await industry.screenshot({ path: `${OUT}/industry-card.png` });
    await industry.close();
  } finally {
    await launched.close();
  }
}

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const server = await startPageServer([resolve(ROOT, 'assets/demo')]);
try {
  if (only !== 'phone') await shootDesktop(server);
  if (only !== 'desktop') await shootPhone(server);
  console.log(`screenshots written to ${OUT}`);
} finally {
  await server.close();
}
