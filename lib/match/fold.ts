import { FOLD_TABLE } from './fold-table.generated';

/**
 * Folding: one UTF-16 code unit → one canonical code unit, so a folded text has
 * the length of the original and offsets carry over. Traditional, Taiwan and
 * Hong Kong forms fold to Simplified (阿里雲/阿里云 → 阿里云, 爲/為 → 为,
 * 裡/裏 → 里, 着/著 → 着), full-width to half-width, Latin to lower case.
 * The table is generated from OpenCC's character tables by
 * scripts/gen-fold-table.mjs and shipped compact; it is expanded on first use
 * into a 128 KB array over the BMP. Surrogates fold to themselves.
 */

let table: Uint16Array | undefined;

function expandTable(encoded: string): Uint16Array {
  const out = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) out[c] = c;
  const bar = encoded.indexOf('|');
  const from = encoded.slice(0, bar).split(',');
  const to = encoded.slice(bar + 1).split(',');
  let unit = 0;
  for (let i = 0; i < from.length; i++) {
    unit += parseInt(from[i] ?? '0', 36);
    out[unit] = unit + parseInt(to[i] ?? '0', 36);
  }
  return out;
}

/** The fold table (index: code unit, value: folded code unit), built once. */
export function getFoldTable(): Uint16Array {
  table ??= expandTable(FOLD_TABLE);
  return table;
}

/** Folds a text; the result has the same length. */
export function fold(text: string): string {
  const t = getFoldTable();
  let out = '';
  let chunk: number[] = [];
  for (let i = 0; i < text.length; i++) {
    chunk.push(t[text.charCodeAt(i)] ?? 0);
    // fromCharCode with a spread is limited by the engine's argument count.
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}
