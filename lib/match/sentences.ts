/**
 * Sentences and clauses of a block: where the one around a span starts and
 * ends. Read with a table of code units, not strings, since the linking rules
 * ask for the sentence of every figure and every ambiguous name.
 */

const SENTENCE = 1;
const CLAUSE = 2;
const FULL_STOP = 3;

/**
 * What a code unit ends: a sentence (Chinese and full-width stops,
 * semicolons, line breaks), a clause only (commas, enumeration, colons,
 * brackets, quotes), or a sentence when it is an English full stop (see isStop).
 */
const ENDS = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n') ENDS[c.charCodeAt(0)] = SENTENCE;
for (const c of '，,、：:（）()「」“”') ENDS[c.charCodeAt(0)] = CLAUSE;
ENDS[0x2e] = FULL_STOP;

/** An English letter or `)`: what an English full stop follows. */
function endsEnglishWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x29;
}

/**
 * Whether the code unit at `i` ends a sentence. An English full stop does
 * when a space or the end follows it and a letter or `)` precedes it (not
 * 5.0, not U.S.).
 */
function isStop(text: string, i: number): boolean {
  const kind = ENDS[text.charCodeAt(i)];
  if (kind === SENTENCE) return true;
  return (
    kind === FULL_STOP &&
    (i + 1 === text.length || text.charCodeAt(i + 1) === 0x20) &&
    i > 0 &&
    endsEnglishWord(text.charCodeAt(i - 1))
  );
}

function isClauseStop(text: string, i: number): boolean {
  return ENDS[text.charCodeAt(i)] === CLAUSE || isStop(text, i);
}

/** [start, end) of the sentence around [from, to) in `text`. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !isStop(text, start - 1)) start--;
  let end = to;
  while (end < text.length && !isStop(text, end)) end++;
  return [start, end];
}

/** [start, end) of the clause around [from, to): the sentence cut at commas too. */
export function clauseAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !isClauseStop(text, start - 1)) start--;
  let end = to;
  while (end < text.length && !isClauseStop(text, end)) end++;
  return [start, end];
}

/** Whether [from, to) of `text` holds a sentence stop (then no sentence holds it whole). */
export function hasStopIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isStop(text, i)) return true;
  return false;
}
