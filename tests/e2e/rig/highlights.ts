/** Reading the extension's highlights from the page (they are visible to the page's scripts). */
import type { Page } from 'puppeteer-core';

export interface ShownMention {
  type: string;
  text: string;
}

/** Every `pangzhu-<type>` range, in document order, as the page sees it now. */
export async function readHighlights(page: Page): Promise<ShownMention[]> {
  return page.evaluate(() => {
    const types = ['person', 'org', 'product', 'event', 'concept', 'place', 'figure'];
    const found: { type: string; text: string; range: Range }[] = [];
    for (const type of types) {
      const highlight = CSS.highlights.get(`pangzhu-${type}`);
      if (!highlight) continue;
      for (const abstract of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        found.push({ type, text: range.toString(), range });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ type, text }) => ({ type, text }));
  });
}

/** Ranges whose text is no longer in the page. */
export async function countStaleHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    let stale = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('pangzhu-')) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        if (!range.startContainer.isConnected || !range.endContainer.isConnected) stale++;
      }
    }
    return stale;
  });
}

/** Waits until the page has been `ready` for `quietMs` in a row. */
export async function waitForSettled(page: Page, quietMs = 300): Promise<void> {
  await page.waitForFunction(
    (quiet: number) =>
      new Promise<boolean>((resolve) => {
        const root = document.documentElement;
        const isReady = () => root.getAttribute('data-pangzhu-state') === 'ready';
        if (!isReady()) return resolve(false);
        setTimeout(() => resolve(isReady()), quiet);
      }),
    { timeout: 30_000, polling: 100 },
    quietMs,
  );
}
