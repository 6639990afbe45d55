import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { highlightsOf } from '../../scripts/coverage/highlights';
import { checkSentence, type Sentence } from '../../scripts/coverage/sentences';

/**
 * The false-friend corpus (false-friends.json): short sentences written for this
 * project, in which the industry's names that are also common words, common
 * personal names and ordinary numbers must be lit in the industry's sense and
 * dark in the others. Each sentence is a page of its own. (held-out.json, kept
 * apart for measuring, is reported by `npm run coverage`, not asserted here.)
 */
const { sentences } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'false-friends.json'), 'utf8'),
) as { sentences: Sentence[] };

test('the corpus is what it says: every span is in its sentence', () => {
  expect(sentences.length).toBeGreaterThanOrEqual(150);
  for (const s of sentences) {
    for (const lit of s.lit) expect(s.text, s.id).toContain(lit.text);
    for (const dark of s.dark) expect(s.text, s.id).toContain(dark);
  }
});

test.each(sentences.map((s) => [s.id, s] as const))('%s', (_, sentence) => {
  expect(checkSentence(sentence, highlightsOf(sentence.text))).toEqual({
    id: sentence.id,
    unlit: [],
    litDark: [],
  });
});
