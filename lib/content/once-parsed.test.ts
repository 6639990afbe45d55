import { describe, expect, it, vi } from 'vitest';
import { onceParsed, type ParsingState } from './once-parsed';

/** A document still being parsed, whose DOMContentLoaded the test fires. */
function parsingDocument(): ParsingState & { finishParsing(): void } {
  const target = new EventTarget();
  let readyState: DocumentReadyState = 'loading';
  return {
    get readyState() {
      return readyState;
    },
    addEventListener: (type, listener, options) => target.addEventListener(type, listener, options),
    finishParsing() {
      readyState = 'interactive';
      target.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

describe('onceParsed', () => {
  it('starts at once on a parsed document', () => {
    const start = vi.fn();
    onceParsed(document, start);
    expect(document.readyState).not.toBe('loading');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for DOMContentLoaded while the document is parsed, then starts once', () => {
    const doc = parsingDocument();
    const start = vi.fn();
    onceParsed(doc, start);
    expect(start).not.toHaveBeenCalled();
    doc.finishParsing();
    expect(start).toHaveBeenCalledTimes(1);
    // A second event (a page that fires its own) does not start it again.
    doc.finishParsing();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
