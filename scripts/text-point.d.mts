import type { Page } from 'puppeteer-core';

export declare function textPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | null>;
