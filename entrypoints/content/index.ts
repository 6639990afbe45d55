/**
 * The content script's entry: WXT injects it into every http(s) page once the
 * document is parsed (document_end). Its work starts in lib/content/start-content.ts;
 * this file only says where and when it runs.
 *
 * Not document_idle: Firefox runs idle scripts well after DOMContentLoaded (~80 ms
 * later on a typical article here, most of the time to its first highlight). At
 * document_end the script only starts its reads (settings, packs, the next frame);
 * the page's text is read in slices after the first frame, as before.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';
import { PAGE_MATCHES } from '@/lib/content/page-matches';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    void startContent(ctx);
  },
});
