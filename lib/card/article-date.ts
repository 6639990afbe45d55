/**
 * When the article on the page was published, from the metadata news sites
 * give (Open Graph, schema.org microdata, `<time>`). Used to tell roles held
 * when it was written from roles held today.
 */
import type { IsoDate } from '../pack/types';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
];

function isoPrefix(text: string | null | undefined): IsoDate | undefined {
  const m = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(text ?? '');
  return m?.[1];
}

const TIME_SELECTORS = ['article time[datetime]', 'time[itemprop="datePublished"]'];
/** Every place a date may be, as one selector list: the document is walked once, not once per place. */
const ANY_DATE_SELECTOR = [...META_SELECTORS, ...TIME_SELECTORS].join(', ');

export function readArticleDate(doc: Document): IsoDate | undefined {
  const found = doc.querySelectorAll(ANY_DATE_SELECTOR);
  if (found.length === 0) return undefined;
  // Metadata first, in the order of META_SELECTORS; then the first <time> in document order.
  for (const selector of META_SELECTORS) {
    for (const element of found) {
      if (!element.matches(selector)) continue;
      const date = isoPrefix(element.getAttribute('content'));
      if (date) return date;
    }
  }
  for (const element of found) {
    if (element.localName === 'time') return isoPrefix(element.getAttribute('datetime'));
  }
  return undefined;
}
