/**
 * What the content script tells the background about its page: the number of
 * mentions (the badge) and, for the local reading memory, which entities the
 * reader met here. Sent only when they change; nothing from private windows.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messages';
import type { PageMention } from '../page';

export interface PageReporter {
  /** After a scan settles: the mentions shown now. */
  report(mentions: Iterable<PageMention>): void;
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
    report(mentions) {
      let count = 0;
      const entityIds = new Set<string>();
      for (const pm of mentions) {
        count++;
        if (pm.mention.kind === 'entity') entityIds.add(pm.mention.entityId);
      }
      sendCount(count);
      const ids = [...entityIds].sort();
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
