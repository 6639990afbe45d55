/** Pointing at text as a reader would: scroll it into view, move the mouse onto it. */
import type { Page } from 'puppeteer-core';
import { textPoint } from '../../../scripts/text-point.mjs';

/** Where a reader would point at the first occurrence of `text`, scrolled into view. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await textPoint(page, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

export async function hover(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(Math.max(1, x - 60), Math.max(1, y - 40));
  await page.mouse.move(x, y, { steps: 4 });
}

export interface CardInfo {
  label: string | null;
  entity: string | null;
  figure: string | null;
  text: string;
}

/** The open card (the dialog in our shadow root), or null. */
export async function readCard(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-pangzhu-ui]')) {
      const dialog = host.shadowRoot?.querySelector('[role="dialog"]');
      if (!dialog) continue;
      const box = dialog.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      return {
        label: dialog.getAttribute('aria-label'),
        entity: dialog.getAttribute('data-entity'),
        figure: dialog.getAttribute('data-figure'),
        text: dialog.textContent ?? '',
      };
    }
    return null;
  });
}

export async function waitForCard(
  page: Page,
  open = true,
  timeout = 5000,
): Promise<CardInfo | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const card = await readCard(page);
    if (open ? card : !card) return card;
    if (Date.now() > deadline) throw new Error(`card did not ${open ? 'open' : 'close'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The open card's box, for moving the pointer into it. */
export async function cardBox(page: Page) {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-pangzhu-ui]')) {
      const dialog = host.shadowRoot?.querySelector('[role="dialog"]');
      if (dialog) {
        const { x, y, width, height } = dialog.getBoundingClientRect();
        return { x, y, width, height };
      }
    }
    return null;
  });
}
