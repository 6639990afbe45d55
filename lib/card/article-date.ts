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

export function readArticleDate(doc: Document): IsoDate | undefined {
  for (const selector of META_SELECTORS) {
    const date = isoPrefix(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"]');
  return isoPrefix(time?.getAttribute('datetime'));
}
