import type { EntityType } from '../pack/types';
import type { CompiledMatcher } from './compile';

/**
 * A compiled matcher as bytes, made at build time for big packs: compiling
 * 100 000 aliases takes hundreds of milliseconds (folding, sorting), loading
 * this form only makes typed-array views over the buffer and refills the
 * dense root table.
 *
 * Layout: u32 header length, JSON header (ids, types, context aliases,
 * array lengths), zero padding to 4 bytes, then the arrays back to back:
 * first, count, next, pattern, entityOf (Int32), units (Uint16, padded),
 * flags (Uint8).
 */
interface Header {
  entityIds: string[];
  entityTypes: EntityType[];
  contextAliases: [number, string][];
  needsNameUnit: boolean;
  depth: number;
  nodes: number;
  edges: number;
  patterns: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function serializeCompiled(c: CompiledMatcher): Uint8Array {
  const { trie } = c;
  const header: Header = {
    entityIds: c.entityIds,
    entityTypes: c.entityTypes,
    contextAliases: [...c.contextAliases],
    needsNameUnit: c.needsNameUnit,
    depth: trie.depth,
    nodes: trie.first.length,
    edges: trie.units.length,
    patterns: c.flags.length,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(4 + json.length);
  const int32s = [trie.first, trie.count, trie.next, trie.pattern, c.entityOf];
  const intBytes = int32s.reduce((sum, a) => sum + a.byteLength, 0);
  const size = start + intBytes + align4(trie.units.byteLength) + c.flags.byteLength;
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = start;
  for (const a of int32s) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  out.set(new Uint8Array(trie.units.buffer, trie.units.byteOffset, trie.units.byteLength), at);
  at += align4(trie.units.byteLength);
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
  const first = int32(header.nodes);
  const count = int32(header.nodes);
  const next = int32(header.edges);
  const pattern = int32(header.nodes);
  const entityOf = int32(header.patterns);
  const units = new Uint16Array(bytes.buffer, at, header.edges);
  at += align4(header.edges * 2);
  const flags = new Uint8Array(bytes.buffer, at, header.patterns);
  const root = new Int32Array(0x10000);
  for (let e = first[0] ?? 0, end = e + (count[0] ?? 0); e < end; e++)
    root[units[e] ?? 0] = next[e] ?? 0;
  return {
    trie: { root, first, count, units, next, pattern, depth: header.depth },
    entityOf,
    flags,
    entityIds: header.entityIds,
    entityTypes: header.entityTypes,
    contextAliases: new Map(header.contextAliases),
    needsNameUnit: header.needsNameUnit,
  };
}
