/**
 * The content script's entry: WXT injects it into every http(s) page at
 * document_start. There it starts its reads (lib/content/early-reads.ts), and its
 * work starts inside the page's DOMContentLoaded, after the page's own handlers of it
 * (lib/content/once-parsed.ts, lib/content/start-content.ts);
 * this file only says where and when.
 *
 * Why these moments:
 * - Reads started when the page is parsed are answered after the page's first layout:
 *   in Firefox the settings came 13–136 ms after DOMContentLoaded on a typical
 *   article, and started at injection they came before it. Interleaved probed loads
 *   of the seed article in Firefox (12 each): ready 100 → 86 ms after
 *   DOMContentLoaded (median).
 * - At document_end Chromium ran the script in a task of its own, which in most loads
 *   came after the page's first layout, ~60 ms after DOMContentLoaded (interleaved,
 *   traced loads of the seed article: ready 237 → 169 ms after DOMContentLoaded once
 *   it started inside DOMContentLoaded).
 * - Not document_idle: Firefox runs idle scripts well after DOMContentLoaded (~80 ms
 *   later on a typical article here).
 * Nothing touches the page before it is parsed, and nothing else is asked for while
 * it is parsed (early-reads.ts says why); its text is read in slices after the first
 * frame.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';
import { startEarlyReads } from '@/lib/content/early-reads';
import { onceParsed } from '@/lib/content/once-parsed';
import { PAGE_MATCHES } from '@/lib/content/page-matches';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const early = startEarlyReads();
    onceParsed(document, () => void startContent(ctx, early));
  },
});
