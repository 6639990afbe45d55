import type { EntityType } from '../pack/types';
import type { CompiledMatcher } from './compile';
import { startsOf, type DoubleArray } from './double-array';
import { getFoldXor } from './fold';
import { buildStartFilter, filterWords } from './start-filter';
import type { Guards } from './guards';

/**
 * Compiled matchers and guards as plain data, for a generated module
 * (builtin.generated.ts): the built-in packs and guard lists are compiled at
 * build time, so a page load only copies number arrays (the engine parses
 * array literals natively) and fills the 64K unit → code tables.
 */
export interface PrecompiledDoubleArray {
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

export interface PrecompiledMatcher {
  trie: PrecompiledDoubleArray;
  entityOf: number[];
  flags: number[];
  entityIds: string[];
  entityTypes: EntityType[];
  contextAliases: [number, string][];
  /**
   * The start filter (`filterWords`), sparse: its length, then the index and
   * value of each word that is not 0. Computing it costs more at a cold page
   * load than reading it.
   */
  filter?: number[];
}

export function toPrecompiledDoubleArray(da: DoubleArray): PrecompiledDoubleArray {
  const xor = getFoldXor();
  const variants: number[] = [];
  for (let u = 0; u < 0x10000; u++)
    if (xor[u] !== 0 && da.codeOf[u] !== 0) variants.push(u, da.codeOf[u] as number);
  return { alphabet: [...da.alphabet], variants, cells: [...da.cells], depth: da.depth };
}

export function fromPrecompiledDoubleArray(p: PrecompiledDoubleArray): DoubleArray {
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

export function toPrecompiledMatcher(c: CompiledMatcher): PrecompiledMatcher {
  return {
    trie: toPrecompiledDoubleArray(c.trie),
    entityOf: [...c.entityOf],
    flags: [...c.flags],
    entityIds: c.entityIds,
    entityTypes: c.entityTypes,
    contextAliases: [...c.contextAliases],
    filter: sparseWords(filterWords(buildStartFilter(c.trie, c.filter))),
  };
}

function sparseWords(words: Int32Array): number[] {
  const out = [words.length];
  words.forEach((w, k) => {
    if (w !== 0) out.push(k, w);
  });
  return out;
}

function denseWords(sparse: readonly number[]): Int32Array {
  const words = new Int32Array(sparse[0] ?? 0);
  for (let i = 1; i < sparse.length; i += 2) words[sparse[i] as number] = sparse[i + 1] as number;
  return words;
}

export function fromPrecompiledMatcher(p: PrecompiledMatcher): CompiledMatcher {
  return {
    trie: fromPrecompiledDoubleArray(p.trie),
    entityOf: new Int32Array(p.entityOf),
    flags: new Uint8Array(p.flags),
    entityIds: p.entityIds,
    entityTypes: p.entityTypes,
    contextAliases: new Map(p.contextAliases),
    ...(p.filter ? { filter: denseWords(p.filter) } : {}),
  };
}
