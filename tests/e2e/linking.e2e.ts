/**
 * The false-friend corpus (tests/linking/false-friends.json) in real browsers,
 * through the built extension: each sentence a page of its own, read back from
 * CSS.highlights. The unit test runs the same corpus through the matching; this
 * one checks that the page, its blocks and the page-wide evidence give the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { checkSentence, type Sentence } from '../../scripts/coverage/sentences';
import type { Highlight } from '../../scripts/coverage/measure';
import { readHighlights } from './rig/highlights';
import { BROWSERS, startSession, waitForReady, type E2eSession } from './rig/session';

const { sentences } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../linking/false-friends.json'), 'utf8'),
) as { sentences: Sentence[] };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const pageOf = (s: Sentence) =>
  `<!doctype html><html lang="${s.script === 'en' ? 'en' : s.script === 'hant' ? 'zh-Hant' : 'zh-Hans'}">` +
  `<head><meta charset="utf-8"><title>${escape(s.id)}</title></head>` +
  `<body><p>${escape(s.text)}</p></body></html>`;

/** Highlights read from the page, placed back in the sentence's text in order. */
function placed(text: string, shown: readonly { type: string; text: string }[]): Highlight[] {
  let from = 0;
  return shown.map(({ type, text: span }) => {
    const start = text.indexOf(span, from);
    from = start + span.length;
    return { start, end: start + span.length, type, id: '' };
  });
}

describe.each(BROWSERS)('false friends in %s', (name) => {
  let session: E2eSession;
  let page: Page;
  beforeAll(async () => {
    session = await startSession(name);
    for (const s of sentences) session.server.put(`/linking/${s.id}.html`, pageOf(s));
    page = await session.openPage(`/linking/${sentences[0]!.id}.html`);
  });
  afterAll(() => session?.close());

  test('every sentence: its industry senses lit, the others dark', async () => {
    const failed: unknown[] = [];
    for (const s of sentences) {
      await page.goto(`${session.server.origin}/linking/${s.id}.html`);
      await waitForReady(page);
      const result = checkSentence(s, placed(s.text, await readHighlights(page)));
      if (result.unlit.length > 0 || result.litDark.length > 0) failed.push(result);
    }
    expect(failed).toEqual([]);
  }, 300_000);
});
