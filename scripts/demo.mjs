// npm run demo: serves the demo news page (the seed article) on 127.0.0.1 and opens Chromium
// with the built extension installed on it.
//   npm run demo                          → a browser window to read and hover in
//   npm run demo -- --screenshot out.png  → headless: waits until the page is annotated,
//                                            writes a screenshot and exits
// On a Linux machine without a display, plain `npm run demo` does the latter into
// pangzhu-demo.png (there is no window to open).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startPageServer } from './serve.mjs';
import { launchWithExtension } from './launch.mjs';

const { values } = parseArgs({ options: { screenshot: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const server = await startPageServer([resolve(root, 'assets/demo')]);
const url = `${server.origin}/seed-article.html`;
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay && !values.screenshot) {
  values.screenshot = 'pangzhu-demo.png';
  console.log('[demo] no display on this machine: taking a screenshot instead of opening a window');
}
const headless = Boolean(values.screenshot);
const launched = await launchWithExtension('chromium', {
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const page = await launched.browser.newPage();
await page.goto(url);
await page.waitForSelector('html[data-pangzhu-state="ready"]', { timeout: 30_000 });

if (values.screenshot) {
  const target = resolve(process.cwd(), values.screenshot);
  await page.screenshot({ path: target });
  console.log(`[demo] screenshot of ${url} written to ${target}`);
  await launched.close();
  await server.close();
} else {
  console.log(
    `[demo] ${url} is open in Chromium with Pangzhu installed. Close the window to stop.`,
  );
  launched.browser.on('disconnected', () => void server.close());
}
