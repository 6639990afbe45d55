/**
 * Sentences and clauses of a block: where the one around a span starts and
 * ends. Read with a table of code units, not strings, since the linking rules
 * ask for the sentence of every figure and every ambiguous name.
 */
import { unitTableOnFirstUse } from './unit-table';

const SENTENCE = 1;
const CLAUSE = 2;
const FULL_STOP = 3;

/**
 * What a code unit ends: a sentence (Chinese and full-width stops,
 * semicolons, line breaks), a clause only (commas, enumeration, colons,
 * brackets, quotes), or a sentence when it is an English full stop (see isStop).
 * Built on first use: a page without Chinese text may never ask.
 */
const endsTable = unitTableOnFirstUse((table) => {
  for (const c of '。！？!?；;\n') table[c.charCodeAt(0)] = SENTENCE;
  for (const c of '，,、：:（）()「」“”') table[c.charCodeAt(0)] = CLAUSE;
  table[0x2e] = FULL_STOP;
});

/** An English letter or `)`: what an English full stop follows. */
function endsEnglishWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x29;
}

/**
 * Whether the code unit at `i` ends a sentence. An English full stop does
 * when a space or the end follows it and a letter or `)` precedes it (not
 * 5.0, not U.S.).
 */
function isStop(table: Uint8Array, text: string, i: number): boolean {
  const kind = table[text.charCodeAt(i)];
  if (kind === SENTENCE) return true;
  return (
    kind === FULL_STOP &&
    (i + 1 === text.length || text.charCodeAt(i + 1) === 0x20) &&
    i > 0 &&
    endsEnglishWord(text.charCodeAt(i - 1))
  );
}

function isClauseStop(table: Uint8Array, text: string, i: number): boolean {
  return table[text.charCodeAt(i)] === CLAUSE || isStop(table, text, i);
}

type IsEnd = (table: Uint8Array, text: string, i: number) => boolean;

/** Where the span that holds `from` starts: after the nearest unit before it that `isEnd`. */
function spanStart(text: string, from: number, isEnd: IsEnd): number {
  const table = endsTable();
  // Most units end nothing: their entry is 0, and isEnd is asked of the others only.
  let start = from;
  while (start > 0 && (table[text.charCodeAt(start - 1)] === 0 || !isEnd(table, text, start - 1)))
    start--;
  return start;
}

/** Where the span that holds `to - 1` ends: at the nearest unit from `to` on that `isEnd`. */
function spanEnd(text: string, to: number, isEnd: IsEnd): number {
  const table = endsTable();
  let end = to;
  while (end < text.length && (table[text.charCodeAt(end)] === 0 || !isEnd(table, text, end)))
    end++;
  return end;
}

/** [start, end) of the sentence around [from, to) in `text`. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  return [spanStart(text, from, isStop), spanEnd(text, to, isStop)];
}

/** [start, end) of the clause around [from, to): the sentence cut at commas too. */
export function clauseAround(text: string, from: number, to: number): [number, number] {
  return [spanStart(text, from, isClauseStop), spanEnd(text, to, isClauseStop)];
}

// Each end alone, for the callers that ask at every figure: no pair to allocate.

/** Where the sentence holding offset `from` starts (`sentenceAround(text, from, …)[0]`). */
export const sentenceStart = (text: string, from: number): number => spanStart(text, from, isStop);

/** Where the sentence holding offset `to - 1` ends (`sentenceAround(text, …, to)[1]`). */
export const sentenceEnd = (text: string, to: number): number => spanEnd(text, to, isStop);

/** Where the clause holding offset `from` starts (`clauseAround(text, from, …)[0]`). */
export const clauseStart = (text: string, from: number): number =>
  spanStart(text, from, isClauseStop);

/** Where the clause holding offset `to - 1` ends (`clauseAround(text, …, to)[1]`). */
export const clauseEnd = (text: string, to: number): number => spanEnd(text, to, isClauseStop);

/** Whether [from, to) of `text` holds a sentence stop (then no sentence holds it whole). */
export function hasStopIn(text: string, from: number, to: number): boolean {
  const table = endsTable();
  for (let i = from; i < to; i++) if (isStop(table, text, i)) return true;
  return false;
}
