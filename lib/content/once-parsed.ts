/**
 * Starting the content script's work once the page is parsed. Where the
 * script is injected before that (Chromium's document_start: see
 * entrypoints/content/index.ts), the start runs inside the page's
 * DOMContentLoaded event, not in a task of its own after it.
 */

/** The part of a Document this needs. */
export interface ParsingState {
  readonly readyState: DocumentReadyState;
  addEventListener(type: 'DOMContentLoaded', listener: () => void, options: { once: true }): void;
}

/** Runs `start` now if `doc` is parsed, else once, when DOMContentLoaded fires. */
export function onceParsed(doc: ParsingState, start: () => void): void {
  if (doc.readyState !== 'loading') start();
  else doc.addEventListener('DOMContentLoaded', start, { once: true });
}
