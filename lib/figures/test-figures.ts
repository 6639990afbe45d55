/**
 * Test helper for the figure parser's tests: a text's figures as rows, or its one figure
 * with the text it covers.
 */
import { parseFigures } from './parse';
import type { ParsedFigure } from './types';

/** The figures of `text` as [surface, kind, value, unit] rows. */
export function rows(text: string): [string, string, number, string][] {
  return parseFigures(text).map((f) => [text.slice(f.start, f.end), f.kind, f.value, f.unit]);
}

/** The one figure of `text` (any other count fails the test), with the text it covers. */
export function one(text: string): ParsedFigure & { text: string } {
  const all = parseFigures(text);
  expect(all).toHaveLength(1);
  const f = all[0]!;
  return { ...f, text: text.slice(f.start, f.end) };
}
