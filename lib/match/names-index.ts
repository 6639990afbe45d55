/**
 * A built-in pack's matcher as bytes, written at build time: a page whose text
 * needs matching loads it as typed-array views over one buffer instead of
 * compiling the names (folding, sorting, placing the double array, the start
 * filter: ~40 ms cold with the industry pack). The bytes are a web-accessible
 * file, not part of the content script, so the script's start-up payload does
 * not grow with them (the double array is ~4× the size of the names).
 *
 * Layout: u32 length of a JSON header, the header, zero padding to 8 bytes,
 * then each array of `SECTIONS` back to back, each starting 8-byte aligned.
 */
import type { Pack } from '../pack/types';
import { compilePacks, type CompiledMatcher } from './compile';
import type { DoubleArray } from './double-array';
import { buildStartFilter, type StartFilter } from './start-filter';

/** Bumped when the layout or the meaning of an array changes: older bytes are refused. */
const FORMAT = 1;

interface Header {
  format: number;
  /** What the bytes were made from, checked against the packs at load. */
  packs: string[];
  entities: number;
  depth: number;
  width: number;
  mask: number;
  dense: boolean;
  tripleMask: number;
  contextAliases: [number, string][];
  /** Each array's length in elements, in `SECTIONS` order. */
  lengths: number[];
}

type Typed = Int32Array | Uint16Array | Uint8Array;
const SECTIONS = [
  ['cells', Int32Array],
  ['codeOf', Uint16Array],
  ['alphabet', Uint16Array],
  ['starts', Int32Array],
  ['pairs', Int32Array],
  ['triples', Int32Array],
  ['entityOf', Int32Array],
  ['flags', Uint8Array],
] as const;

const align8 = (n: number): number => (n + 7) & ~7;

/** A matcher's parts as loaded: what createMatcherFrom takes. */
export interface NamesIndex {
  compiled: CompiledMatcher;
  filter: StartFilter;
}

/** The index of `packs` as the build writes it; `keys`: an identity per pack (`id@version`). */
export function compileNamesIndex(packs: readonly Pack[], keys: readonly string[]): Uint8Array {
  const compiled = compilePacks(packs);
  return writeNamesIndex({ compiled, filter: buildStartFilter(compiled.trie) }, keys);
}

/** `packs`: an identity per pack (`id@version`), checked when the bytes are read. */
function writeNamesIndex({ compiled, filter }: NamesIndex, packs: readonly string[]): Uint8Array {
  const { trie } = compiled;
  const arrays: Record<(typeof SECTIONS)[number][0], Typed> = {
    cells: trie.cells,
    codeOf: trie.codeOf,
    alphabet: trie.alphabet,
    starts: trie.starts,
    pairs: filter.pairs,
    triples: filter.triples,
    entityOf: compiled.entityOf,
    flags: compiled.flags,
  };
  const ordered = SECTIONS.map(([name]) => arrays[name]);
  const header: Header = {
    format: FORMAT,
    packs: [...packs],
    entities: compiled.entityIds.length,
    depth: trie.depth,
    width: filter.width,
    mask: filter.mask,
    dense: filter.dense,
    tripleMask: filter.tripleMask,
    contextAliases: [...compiled.contextAliases],
    lengths: ordered.map((a) => a.length),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align8(4 + json.length);
  for (const a of ordered) size = align8(size + a.byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = align8(4 + json.length);
  for (const a of ordered) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align8(at + a.byteLength);
  }
  return out;
}

/**
 * The index in `buffer` (from writeNamesIndex), its arrays views over it; null
 * when it was made from other packs or in another format. `entities`: the
 * packs' entities in order, whose ids and types the matcher reports.
 */
export function readNamesIndex(
  buffer: ArrayBuffer,
  packs: readonly string[],
  entities: readonly { id: string; type: CompiledMatcher['entityTypes'][number] }[],
): NamesIndex | null {
  if (buffer.byteLength < 4) return null;
  const jsonLength = new DataView(buffer).getUint32(0, true);
  if (4 + jsonLength > buffer.byteLength) return null;
  const header = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 4, jsonLength)),
  ) as Header;
  if (
    header.format !== FORMAT ||
    header.packs.join('\n') !== packs.join('\n') ||
    header.entities !== entities.length ||
    header.lengths.length !== SECTIONS.length
  )
    return null;
  let at = align8(4 + jsonLength);
  const views: Typed[] = [];
  for (let i = 0; i < SECTIONS.length; i++) {
    const View = SECTIONS[i]![1];
    const length = header.lengths[i]!;
    if (at + length * View.BYTES_PER_ELEMENT > buffer.byteLength) return null;
    views.push(new View(buffer, at, length));
    at = align8(at + length * View.BYTES_PER_ELEMENT);
  }
  const [cells, codeOf, alphabet, starts, pairs, triples, entityOf, flags] = views as [
    Int32Array,
    Uint16Array,
    Uint16Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Uint8Array,
  ];
  const trie: DoubleArray = { cells, codeOf, alphabet, starts, depth: header.depth };
  return {
    compiled: {
      trie,
      entityOf,
      flags,
      entityIds: entities.map((e) => e.id),
      entityTypes: entities.map((e) => e.type),
      contextAliases: new Map(header.contextAliases),
    },
    filter: {
      starts,
      pairs,
      width: header.width,
      mask: header.mask,
      dense: header.dense,
      triples,
      tripleMask: header.tripleMask,
    },
  };
}
