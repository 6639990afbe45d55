/**
 * The linking corpora (tests/linking/*.json): short sentences, each with the
 * spans that must be lit (and their type) and those that must stay dark.
 * Each sentence is a page of its own.
 */
import { showsWhole, type Highlight } from './measure';

interface LitSpan {
  text: string;
  type: string;
}

export interface Sentence {
  id: string;
  script: string;
  text: string;
  lit: LitSpan[];
  dark: string[];
}

export interface SentenceResult {
  id: string;
  /** Lit spans that no highlight of their type covers whole (a figure: its numerals). */
  unlit: string[];
  /** Dark strings that a highlight touches. */
  litDark: string[];
}

export function checkSentence(
  sentence: Sentence,
  highlights: readonly Highlight[],
): SentenceResult {
  const { text } = sentence;
  const unlit = sentence.lit
    .filter(({ text: span, type }) => {
      const start = text.indexOf(span);
      const figure = type === 'figure';
      const at = { start, end: start + span.length };
      return !showsWhole(text, at, highlights, figure, figure ? undefined : type);
    })
    .map((l) => l.text);
  const litDark = sentence.dark.filter((dark) => {
    for (let at = text.indexOf(dark); at >= 0; at = text.indexOf(dark, at + 1)) {
      if (highlights.some((h) => h.start < at + dark.length && at < h.end)) return true;
    }
    return false;
  });
  return { id: sentence.id, unlit, litDark };
}

export interface SentenceTotals {
  sentences: number;
  passed: number;
  lit: { total: number; found: number };
  dark: { total: number; lit: number };
}

export function sentenceTotals(
  sentences: readonly Sentence[],
  results: readonly SentenceResult[],
): SentenceTotals {
  const litTotal = sentences.reduce((n, s) => n + s.lit.length, 0);
  const darkTotal = sentences.reduce((n, s) => n + s.dark.length, 0);
  const unlit = results.reduce((n, r) => n + r.unlit.length, 0);
  const litDark = results.reduce((n, r) => n + r.litDark.length, 0);
  return {
    sentences: sentences.length,
    passed: results.filter((r) => r.unlit.length === 0 && r.litDark.length === 0).length,
    lit: { total: litTotal, found: litTotal - unlit },
    dark: { total: darkTotal, lit: litDark },
  };
}
