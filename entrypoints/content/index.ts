/**
 * The content script's entry: WXT injects it into every http(s) page once the
 * document is idle. Its work starts in lib/content/start-content.ts; this file
 * only says where and when it runs.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
