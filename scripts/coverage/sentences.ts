/**
 * The linking corpora (tests/linking/*.json): short sentences, each with the
 * spans that must be lit (and their type) and those that must stay dark.
 * Each sentence is a page of its own.
 */
import type { Highlight } from './measure';

export interface LitSpan {
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

const NUMERAL = /[0-9０-９零〇一二三四五六七八九十百千万萬亿億兩两]/;

function covers(h: Highlight, start: number, end: number, text: string, figure: boolean): boolean {
  if (h.start <= start && h.end >= end) return true;
  if (!figure || h.type !== 'figure' || h.start < start || h.end > end) return false;
  for (let i = start; i < end; i++)
    if ((i < h.start || i >= h.end) && NUMERAL.test(text[i]!)) return false;
  return true;
}

export function checkSentence(
  sentence: Sentence,
  highlights: readonly Highlight[],
): SentenceResult {
  const { text } = sentence;
  const unlit = sentence.lit
    .filter(({ text: span, type }) => {
      const start = text.indexOf(span);
      const end = start + span.length;
      const figure = type === 'figure';
      return !highlights.some(
        (h) => (figure || h.type === type) && covers(h, start, end, text, figure),
      );
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
