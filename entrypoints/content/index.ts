/**
 * The content script's entry: WXT injects it into every http(s) page once the
 * document is idle. Its work starts in lib/content/start-content.ts; this file
 * only says where and when it runs.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';
import { PAGE_MATCHES } from '@/lib/content/page-matches';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
