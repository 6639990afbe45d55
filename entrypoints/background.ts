/**
 * The background script's entry (WXT makes one from each file in entrypoints/).
 * Its work is in lib/background/start-background.ts, where tests reach it
 * without WXT.
 */
import { defineBackground } from '#imports';
import { startBackground } from '@/lib/background/start-background';

export default defineBackground({
  // Firefox's build (MV2): an event page, unloaded when idle like Chrome's service worker,
  // so both browsers run the same background that keeps nothing in memory between events.
  persistent: false,
  main() {
    startBackground();
  },
});
