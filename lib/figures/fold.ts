/**
 * A length-preserving fold for the figures parser: one UTF-16 code unit in,
 * one out, so offsets into folded comparisons are offsets into the page text.
 * Covers full-width ASCII, Latin case, and the Traditional / Taiwan / Hong Kong
 * forms of every character the parser's vocabulary uses (all words in
 * `vocabulary.ts` are written in the folded, Simplified form).
 */

// Pairs "variant → canonical"; each side is one BMP character.
const VARIANTS =
  '萬万億亿兩两個个箇个長长幣币臺台週周時时鐘钟鍾钟負负減减財财內内約约過过來来間间餘余' +
  '續续連连歷历曆历爲为為为達达僅仅環环漲涨縮缩點点際际於于滿满將将該该這这塊块圓圆' +
  '歐欧韓韩鎊镑盧卢裡里裏里後后別别禮礼歲岁戶户張张場场號号計计實实復复複复億亿' +
  '幾几廿廿卅卅貳贰參参陸陆壹壹捌捌玖玖拾拾佰佰仟仟圜圆僅仅當当額额總总衰衰廣广';

const MAP = new Map<number, number>();
for (let k = 0; k + 1 < VARIANTS.length; k += 2) {
  const from = VARIANTS.charCodeAt(k);
  const to = VARIANTS.charCodeAt(k + 1);
  if (from !== to) MAP.set(from, to);
}
MAP.set(0x3000, 0x20); // ideographic space
MAP.set(0xffe5, 0xa5); // ￥ → ¥
MAP.set(0x2212, 0x2d); // − → -
MAP.set(0x2013, 0x2d); // – → -

/** Folds one code unit (never changes the number of code units). */
export function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const h = c - 0xfee0;
    return h >= 0x41 && h <= 0x5a ? h + 32 : h;
  }
  return MAP.get(c) ?? c;
}

/** The folded code unit at `i`, or -1 outside the text. */
export function foldAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? foldCode(text.charCodeAt(i)) : -1;
}

/** Does `word` (already folded) occur in `text` at `i`? */
export function matchAt(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (foldCode(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

interface WordIndex {
  byFirst: Map<number, string[]>;
  byLast: Map<number, string[]>;
}

// Word lists are module constants: index each once by its first and last
// character so a look-up tries only the words that can match.
const INDEXES = new WeakMap<readonly string[], WordIndex>();

function indexOf(words: readonly string[]): WordIndex {
  let idx = INDEXES.get(words);
  if (idx === undefined) {
    idx = { byFirst: new Map(), byLast: new Map() };
    for (const w of words) {
      const f = w.charCodeAt(0);
      const l = w.charCodeAt(w.length - 1);
      idx.byFirst.set(f, [...(idx.byFirst.get(f) ?? []), w]);
      idx.byLast.set(l, [...(idx.byLast.get(l) ?? []), w]);
    }
    INDEXES.set(words, idx);
  }
  return idx;
}

/** The first of `words` found at `i` (list longer words first), or undefined. */
export function matchAny(text: string, i: number, words: readonly string[]): string | undefined {
  const list = indexOf(words).byFirst.get(foldAt(text, i));
  if (list !== undefined) for (const w of list) if (matchAt(text, i, w)) return w;
  return undefined;
}

/** The first of `words` that ends exactly at `end`, or undefined. */
export function matchAnyBefore(
  text: string,
  end: number,
  words: readonly string[],
): string | undefined {
  const list = indexOf(words).byLast.get(foldAt(text, end - 1));
  if (list !== undefined) for (const w of list) if (matchAt(text, end - w.length, w)) return w;
  return undefined;
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Latin letter after folding (a-z only, since folding lowers case). */
export function isLetterCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
