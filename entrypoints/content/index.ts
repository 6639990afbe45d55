import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
