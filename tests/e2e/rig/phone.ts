/**
 * A phone's screen for extension pages: its viewport, and what a reader's
 * thumb needs from a page there (no sideways scrolling, targets of 44 px).
 */
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './session';

/** Common phone widths in CSS pixels: a small Android phone, a large one. */
export const PHONE_WIDTHS = [360, 412] as const;
export const PHONE_HEIGHT = 780;
/** WCAG 2.5.5's target size, Apple's and Material's minimum: 44 CSS px. */
export const THUMB_TARGET = 44;

/** Chromium needs touch restated with each viewport; Firefox's comes from its preferences. */
export async function setPhoneViewport(page: Page, name: BrowserName, width: number) {
  await page.setViewport(
    name === 'chromium'
      ? { width, height: PHONE_HEIGHT, hasTouch: true, isMobile: true }
      : { width, height: PHONE_HEIGHT },
  );
}

export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

export interface TargetSize {
  what: string;
  width: number;
  height: number;
}

/**
 * The box a finger hits for each control matching `selector`: a checkbox's or a
 * radio's whole label (tapping the label toggles it), otherwise the control.
 * Controls not drawn (inside a closed `<details>`) are left out.
 */
export async function targetSizes(page: Page, selector: string): Promise<TargetSize[]> {
  return page.$$eval(selector, (controls) =>
    controls.flatMap((control) => {
      const target = control.closest('label') ?? control;
      const { width, height } = target.getBoundingClientRect();
      if (width === 0 && height === 0) return [];
      const name = control.getAttribute('name');
      const what = `${control.tagName.toLowerCase()}${name ? `[name=${name}]` : ''} "${(target.textContent ?? '').trim().slice(0, 30)}"`;
      return [{ what, width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 }];
    }),
  );
}

/** Taps the middle of the first element matching `selector`, as a finger would. */
export async function tap(page: Page, selector: string): Promise<void> {
  const box = await page.$eval(selector, (element) => {
    element.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  await page.touchscreen.tap(box.x, box.y);
}
