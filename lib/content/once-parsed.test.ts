import { afterEach, describe, expect, it, vi } from 'vitest';
import { onceParsed } from './once-parsed';

/** Makes the test's document read as still being parsed until `finishParsing`. */
function parseDocumentLater(): { finishParsing(): void } {
  let readyState: DocumentReadyState = 'loading';
  Object.defineProperty(document, 'readyState', { get: () => readyState, configurable: true });
  return {
    finishParsing() {
      readyState = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    },
  };
}

afterEach(() => {
  // The document's own readyState again.
  delete (document as { readyState?: DocumentReadyState }).readyState;
});

describe('onceParsed', () => {
  it('starts at once on a parsed document', () => {
    const start = vi.fn();
    onceParsed(document, start);
    expect(document.readyState).not.toBe('loading');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after DOMContentLoaded, in a task of its own, when asked to', async () => {
    const parsing = parseDocumentLater();
    const start = vi.fn();
    onceParsed(document, start, 'after');
    parsing.finishParsing();
    expect(start).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for DOMContentLoaded while the document is parsed, then starts once', () => {
    const parsing = parseDocumentLater();
    const start = vi.fn();
    onceParsed(document, start);
    expect(start).not.toHaveBeenCalled();
    parsing.finishParsing();
    expect(start).toHaveBeenCalledTimes(1);
    // A second event (a page that fires its own) does not start it again.
    parsing.finishParsing();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts after the page's own handlers of the event, though it listened first", () => {
    const parsing = parseDocumentLater();
    const order: string[] = [];
    onceParsed(document, () => order.push('ours'));
    document.addEventListener('DOMContentLoaded', () => order.push('page'), { once: true });
    parsing.finishParsing();
    expect(order).toEqual(['page', 'ours']);
  });
});
