/**
 * The content script's entry: WXT injects it into every http(s) page at
 * document_start. Its first reads (lib/content/early-reads.ts) start at
 * injection in Firefox and once the page is parsed in Chromium; its work starts
 * once the page is parsed (lib/content/once-parsed.ts,
 * lib/content/start-content.ts); this file only says where and when.
 *
 * Why these moments:
 * - Firefox reads at injection: reads started when the page is parsed are answered
 *   after the page's first layout (the settings came 13–136 ms after
 *   DOMContentLoaded on a typical article, and before it when asked for at
 *   injection). Interleaved probed loads of the seed article in Firefox (12 each):
 *   ready 100 → 86 ms after DOMContentLoaded (median).
 * - Chromium reads inside DOMContentLoaded: asked for at injection, their answers
 *   arrived while the page was parsed and put tasks between the parser's, and
 *   Chromium then laid out and painted a 1 MB page before it was parsed. Its
 *   DOMContentLoaded came ~200 ms later in 17 of 20 loads (5 of 20 without the
 *   extension, 8 of 20 with the reads moved). Moved, the page's longest stall went
 *   239 → 202 ms (median of 12 interleaved loads), and a typical article was ready
 *   as soon (70 ms after DOMContentLoaded either way): the answers come while
 *   Chromium lays the page out, before our start. The page assets are asked for
 *   there too when the page looks Chinese: asked for at our start, after that layout,
 *   the engine came 12–40 ms after it on the bench's 1 MB page, and the first scan
 *   waited. Interleaved loads of that page (16 each): first write → busy 30.8 → 25.7 ms
 *   and first write → ready 136.7 → 130.7 ms (median); the page's longest stall 196 →
 *   183 ms. (Before the highlight rules named the root (highlight-styles.ts), the same
 *   move lengthened that stall, 250 → 259 ms, and was taken back.)
 * - Chromium starts in a task of its own queued from DOMContentLoaded. Started inside
 *   the event, our start (the engine's evaluation, the packs' parsing) ran in the task that
 *   ended the parse, and Chromium went on to lay out and paint a long page without
 *   letting the page's timers run in between: a 1 MB page's longest stall was
 *   243 ms against 181 ms so (median of 10 interleaved loads each; ~170 ms without
 *   the extension), while a typical article was ready as soon (60 ms after
 *   DOMContentLoaded either way).
 * - Firefox starts inside DOMContentLoaded, after the page's own handlers of it. A task
 *   after it came after Firefox's first layout: a typical article was ready 52 ms
 *   after DOMContentLoaded against 45 (12 interleaved loads each), and Firefox's
 *   stalls were the same either way.
 * - Not document_end: Chromium ran the script there in a task of its own, which in
 *   most loads came after the page's first layout (ready 237 → 169 ms after
 *   DOMContentLoaded on a typical article, traced, once it started inside
 *   DOMContentLoaded, on an earlier machine; the task queued from the event, above,
 *   is as quick now). Not document_idle: Firefox runs idle scripts well after
 *   DOMContentLoaded (~80 ms later on a typical article here).
 * Nothing else is asked for while the page is parsed (early-reads.ts says why); its
 * text is read in slices after the first frame.
 */
import { defineContentScript } from '#imports';
import { startContent } from '@/lib/content/start-content';
import { startEarlyReads, type EarlyReads } from '@/lib/content/early-reads';
import { onceParsed } from '@/lib/content/once-parsed';
import { PAGE_MATCHES } from '@/lib/content/page-matches';

export default defineContentScript({
  matches: PAGE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    if (import.meta.env.FIREFOX) {
      const early = startEarlyReads();
      onceParsed(document, () => void startContent(ctx, early), 'inside');
      return;
    }
    let early: EarlyReads | undefined;
    onceParsed(
      document,
      () => void (early = startEarlyReads()).prefetchIfChinese(document),
      'inside',
    );
    onceParsed(document, () => void startContent(ctx, early), 'after');
  },
});
