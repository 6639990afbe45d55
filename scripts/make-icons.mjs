// Renders assets/icon.svg to public/icon/<size>.png at every size the stores ask for
// (Chrome: 16, 32, 48, 128; Firefox: 48, 96). Run by hand after changing the SVG:
//   node scripts/make-icons.mjs
import { readFile, mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from './browsers.mjs';

const sizes = [16, 32, 48, 96, 128];
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const { chromium } = await findBrowsers();
const browser = await puppeteer.launch({
  executablePath: chromium,
  pipe: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await mkdir(new URL('../public/icon/', import.meta.url), { recursive: true });
  for (const size of sizes) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({
      path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname,
      omitBackground: true,
    });
  }
} finally {
  await browser.close();
}
