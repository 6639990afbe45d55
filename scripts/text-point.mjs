// Where a reader would point at a piece of text: its first occurrence in the page, scrolled
// into view, a few pixels into its first line box. Shared by the e2e tests, the benchmark
// and the screenshots, which all hover names as a reader would.

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} text
 * @returns {Promise<{ x: number, y: number } | null>}
 */
export function textPoint(page, text) {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0];
      return { x: box.x + Math.min(box.width / 2, 10), y: box.y + box.height / 2 };
    }
    return null;
  }, text);
}
