/**
 * The content script's entry: WXT injects it into every http(s) page, and its work
 * starts once the document is parsed. Its work is in lib/content/start-content.ts;
 * this file only says where and when it runs.
 *
 * When, per browser:
 * - Chromium injects it at document_start and it starts inside the page's
 *   DOMContentLoaded. At document_end Chromium ran it in a task of its own, which in
 *   most loads came after the page's first layout, ~60 ms after DOMContentLoaded on a
 *   typical article, and its reads (settings, engine, pack) started that much later.
 *   Interleaved, traced loads of the seed article (8 each): ready 237 → 169 ms after
 *   DOMContentLoaded, 304 → 244 ms from navigation; the 1 MB page 604 → 498 ms; a page
 *   without Chinese text costs the same.
 * - Firefox injects it at document_end. There document_start started nothing sooner:
 *   ready from navigation was the same (~415 ms, 12 loads each) and came later after
 *   DOMContentLoaded (117 → 144 ms).
 * Not document_idle: Firefox runs idle scripts well after DOMContentLoaded (~80 ms
 * later on a typical article here, most of the time to its first highlight). At the
 * start the script only starts its reads (settings, packs, the next frame); the page's
 * text is read in slices after the first frame.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';
import { onceParsed } from '@/lib/content/once-parsed';
import { PAGE_MATCHES } from '@/lib/content/page-matches';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: { chrome: 'document_start', firefox: 'document_end' },
  main(ctx) {
    onceParsed(document, () => void startContent(ctx));
  },
});
