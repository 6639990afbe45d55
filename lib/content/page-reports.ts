/**
 * What the content script tells the background about its page: the number of
 * mentions (the badge) and, for the local reading memory, which entities the
 * reader met here. Sent only when they change; nothing from private windows.
 */
import { browser } from 'wxt/browser';
import { sendToBackground, type PageState } from '../messages';

/** What the page shows, as the session counts it for the popup (page-summary.ts). */
type Found = Pick<PageState, 'entities' | 'figures'>;

export interface PageReporter {
  /** After a scan settles: what the page shows now. */
  report(found: Found): void;
  /** The page is off: no mentions. */
  clear(): void;
}

export function createPageReporter(doc: Document): PageReporter {
  let lastCount = -1;
  let lastEntities = '';
  const isPrivate = browser.extension?.inIncognitoContext === true;

  const sendCount = (count: number) => {
    if (count === lastCount) return;
    lastCount = count;
    void sendToBackground({ type: 'mention-count', count }).catch(() => {});
  };

  return {
    report({ entities, figures }) {
      let count = 0;
      for (const found of [...entities, ...figures]) count += found.count;
      sendCount(count);
      const ids = entities.map((entity) => entity.id).sort();
      const key = ids.join(' ');
      if (isPrivate || ids.length === 0 || key === lastEntities) return;
      lastEntities = key;
      void sendToBackground({
        type: 'page-visited',
        url: doc.location.href,
        title: doc.title,
        entityIds: ids,
      }).catch(() => {});
    },
    clear() {
      sendCount(0);
      lastEntities = '';
    },
  };
}
