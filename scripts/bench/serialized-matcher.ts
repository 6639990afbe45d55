import type { EntityType } from '../../lib/pack/types';
import type { CompiledMatcher } from '../../lib/match/compile';
import { codesFor, startsOf } from '../../lib/match/double-array';
import { buildStartFilter, FILTER_LAYOUT, filterWords } from '../../lib/match/start-filter';

/**
 * A compiled matcher as bytes, made at build time for big packs: compiling
 * 100 000 aliases takes hundreds of milliseconds (folding, sorting, placing),
 * loading this form takes a few: one pass that interleaves the cells again,
 * and the 64K unit → code table rebuilt from the alphabet.
 *
 * Layout: u32 header length, JSON header (ids, types, context aliases, sizes),
 * zero padding to 4 bytes, then back to back: base and check of every slot,
 * the node of every pattern, entityOf, the start filter's bit sets (Int32),
 * alphabet (Uint16, padded), flags (Uint8). Pattern cells are not stored:
 * most slots end no pattern.
 */
interface Header {
  entityIds: string[];
  entityTypes: EntityType[];
  contextAliases: [number, string][];
  depth: number;
  slots: number;
  alphabet: number;
  patterns: number;
  /** Words of the start filter's bit sets (absent in bytes made before they were stored). */
  filterWords?: number;
  /** Their layout (`FILTER_LAYOUT` when they were stored). */
  filterLayout?: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

const bytesOf = (a: ArrayBufferView): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function serializeCompiled(c: CompiledMatcher): Uint8Array {
  const { cells, alphabet, depth } = c.trie;
  const filter = filterWords(buildStartFilter(c.trie, c.filter));
  const slots = cells.length / 3;
  const pairs = new Int32Array(2 * slots);
  const nodeOf = new Int32Array(c.flags.length);
  for (let t = 0; t < slots; t++) {
    pairs[2 * t] = cells[3 * t] as number;
    pairs[2 * t + 1] = cells[3 * t + 1] as number;
    const p = cells[3 * t + 2] as number;
    if (p >= 0) nodeOf[p] = 3 * t;
  }
  const header: Header = {
    entityIds: c.entityIds,
    entityTypes: c.entityTypes,
    contextAliases: [...c.contextAliases],
    depth,
    slots,
    alphabet: alphabet.length,
    patterns: c.flags.length,
    filterWords: filter.length,
    filterLayout: FILTER_LAYOUT,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(4 + json.length);
  const int32s = [pairs, nodeOf, c.entityOf, filter];
  const intBytes = int32s.reduce((sum, a) => sum + a.byteLength, 0);
  const size = start + intBytes + align4(alphabet.byteLength) + c.flags.byteLength;
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = start;
  for (const a of int32s) {
    out.set(bytesOf(a), at);
    at += a.byteLength;
  }
  out.set(bytesOf(alphabet), at);
  at += align4(alphabet.byteLength);
  out.set(c.flags, at);
  return out;
}

/** Loads `serializeCompiled` output; `bytes` must start at a 4-byte-aligned offset. */
export function loadCompiled(bytes: Uint8Array): CompiledMatcher {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as Header;
  let at = bytes.byteOffset + align4(4 + jsonLength);
  const int32 = (length: number): Int32Array => {
    const a = new Int32Array(bytes.buffer, at, length);
    at += length * 4;
    return a;
  };
  const pairs = int32(2 * header.slots);
  const nodeOf = int32(header.patterns);
  const entityOf = int32(header.patterns);
  const filter = header.filterWords === undefined ? undefined : int32(header.filterWords);
  const filterFits = header.filterLayout === FILTER_LAYOUT;
  const alphabet = new Uint16Array(bytes.buffer, at, header.alphabet);
  at += align4(header.alphabet * 2);
  const flags = new Uint8Array(bytes.buffer, at, header.patterns);
  const cells = new Int32Array(3 * header.slots);
  for (let t = 0; t < header.slots; t++) {
    cells[3 * t] = pairs[2 * t] as number;
    cells[3 * t + 1] = pairs[2 * t + 1] as number;
    cells[3 * t + 2] = -1;
  }
  for (let p = 0; p < header.patterns; p++) cells[(nodeOf[p] as number) + 2] = p;
  return {
    trie: {
      codeOf: codesFor(alphabet),
      alphabet,
      cells,
      depth: header.depth,
      starts: startsOf(alphabet, cells),
    },
    entityOf,
    flags,
    entityIds: header.entityIds,
    entityTypes: header.entityTypes,
    contextAliases: new Map(header.contextAliases),
    ...(filter && filterFits ? { filter } : {}),
  };
}
