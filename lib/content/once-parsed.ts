/**
 * Starting the content script's work once the page is parsed. The script is
 * injected before that (document_start: see entrypoints/content/index.ts), so
 * the start runs inside the page's DOMContentLoaded, not in a task of its own
 * after it; and on the window, where the event arrives after every listener on
 * the document: the page's own handlers run before anything of ours writes to it.
 */

/** Runs `start` now if `doc` is parsed, else once, when DOMContentLoaded reaches its window. */
export function onceParsed(doc: Document, start: () => void): void {
  if (doc.readyState !== 'loading') start();
  else (doc.defaultView ?? doc).addEventListener('DOMContentLoaded', start, { once: true });
}
