/**
 * Starting the content script's work once the page is parsed. The script is
 * injected before that (document_start: see entrypoints/content/index.ts), so
 * the start can run inside the page's DOMContentLoaded rather than in a task
 * queued after the page's first layout; it is on the window, where the event
 * arrives after every listener on the document: the page's own handlers run
 * before anything of ours writes to it. `after`: in a task of its own queued
 * from that event, so the page's due timers (and its first frame, when one is
 * due) go first.
 */

export type StartMoment = 'inside' | 'after';

/** Runs `start` now if `doc` is parsed, else once, when DOMContentLoaded reaches its window. */
export function onceParsed(doc: Document, start: () => void, moment: StartMoment = 'inside'): void {
  if (doc.readyState !== 'loading') return start();
  const view = doc.defaultView;
  const run = moment === 'after' && view ? () => void view.setTimeout(start, 0) : start;
  (view ?? doc).addEventListener('DOMContentLoaded', run, { once: true });
}
