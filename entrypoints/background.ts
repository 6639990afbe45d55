/**
 * The background script's entry (WXT makes one from each file in entrypoints/).
 * Its work is in lib/background/start-background.ts, where tests reach it
 * without WXT.
 */
import { defineBackground } from '#imports';
import { startBackground } from '@/lib/background/start-background';

export default defineBackground(() => {
  startBackground();
});
