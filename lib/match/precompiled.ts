/**
 * Compiled guards as plain data, for a generated module (builtin.generated.ts):
 * the guard lists are compiled at build time, so a page load only copies
 * number arrays and fills the 64K unit → code tables.
 */
import { startsOf, type DoubleArray } from './double-array';
import { getFoldXor } from './fold';
import type { Guards } from './guards';

interface PrecompiledDoubleArray {
  alphabet: number[];
  /** Raw units that fold into the alphabet, with their codes, in pairs. */
  variants: number[];
  cells: number[];
  depth: number;
}

export interface PrecompiledGuards {
  common: PrecompiledDoubleArray;
  containing: PrecompiledDoubleArray;
  containingWords: string[];
  contexts: [string, number, string[]][];
}

function toPrecompiledDoubleArray(da: DoubleArray): PrecompiledDoubleArray {
  const xor = getFoldXor();
  const variants: number[] = [];
  for (let u = 0; u < 0x10000; u++)
    if (xor[u] !== 0 && da.codeOf[u] !== 0) variants.push(u, da.codeOf[u] as number);
  return { alphabet: [...da.alphabet], variants, cells: [...da.cells], depth: da.depth };
}

function fromPrecompiledDoubleArray(p: PrecompiledDoubleArray): DoubleArray {
  const codeOf = new Uint16Array(0x10000);
  const { alphabet, variants } = p;
  for (let c = 1; c < alphabet.length; c++) codeOf[alphabet[c] as number] = c;
  for (let i = 0; i < variants.length; i += 2)
    codeOf[variants[i] as number] = variants[i + 1] as number;
  const cells = new Int32Array(p.cells);
  return {
    codeOf,
    alphabet: new Uint16Array(alphabet),
    cells,
    depth: p.depth,
    starts: startsOf(alphabet, cells, variants),
  };
}

export function toPrecompiledGuards(g: Guards): PrecompiledGuards {
  return {
    common: toPrecompiledDoubleArray(g.common),
    containing: toPrecompiledDoubleArray(g.containing),
    containingWords: g.containingWords,
    contexts: [...g.contexts].map(([alias, c]) => [alias, c.window, c.words]),
  };
}

export function fromPrecompiledGuards(p: PrecompiledGuards): Guards {
  return {
    common: fromPrecompiledDoubleArray(p.common),
    containing: fromPrecompiledDoubleArray(p.containing),
    containingWords: p.containingWords,
    contexts: new Map(p.contexts.map(([alias, window, words]) => [alias, { window, words }])),
  };
}
