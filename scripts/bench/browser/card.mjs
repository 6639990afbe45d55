// A hover card on the seed demo page: the pointer comes to rest on a name, and the time
// from the end of the hover intent delay (300 ms) to the card being placed on screen.
// The first card of a page also makes the shadow root; later ones reuse it.
import { textPoint } from '../../text-point.mjs';
import { freshLoad } from './load.mjs';

const HOVER_DELAY_MS = 300;
const WORDS = ['吳泳銘', '19.4%', '王堅', '243億美元', '周靖人'];

/** @returns {Promise<{ firstMs: number, laterMs: number[] }>} */
export async function cardOnce(browser, origin, path) {
  const load = await freshLoad(browser, origin, path, { ours: true });
  const { page } = load;
  try {
    const times = [];
    for (const word of WORDS) {
      const point = await textPoint(page, word);
      if (!point) throw new Error(`"${word}" is not on the demo page`);
      await page.mouse.move(5, 5);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await page.evaluate(() => {
        const scope = /** @type {any} */ (window);
        scope.__cardShown = null;
        const check = () => {
          const host = document.querySelector('[data-pangzhu-ui]');
          const card = host?.shadowRoot?.querySelector('[role="dialog"][data-placed="true"]');
          if (card) scope.__cardShown = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await page.mouse.move(point.x, point.y);
      const restedAt = await page.evaluate(() => performance.now());
      await page.waitForFunction(() => /** @type {any} */ (window).__cardShown != null, {
        timeout: 5000,
        polling: 10,
      });
      const shownAt = await page.evaluate(() => /** @type {any} */ (window).__cardShown);
      times.push(shownAt - restedAt - HOVER_DELAY_MS);
    }
    return { firstMs: times[0], laterMs: times.slice(1) };
  } finally {
    await page.close().catch(() => {});
  }
}
