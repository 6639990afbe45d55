import type { EntityType } from '../pack/types';
import type { CompiledMatcher } from './compile';
import { codesFor } from './double-array';

/**
 * A compiled matcher as bytes, made at build time for big packs: compiling
 * 100 000 aliases takes hundreds of milliseconds (folding, sorting, placing),
 * loading this form only makes typed-array views over the buffer and rebuilds
 * the 64K unit → code table from the alphabet.
 *
 * Layout: u32 header length, JSON header (ids, types, context aliases, array
 * lengths), zero padding to 4 bytes, then the arrays back to back: base,
 * check, pattern, entityOf (Int32), alphabet (Uint16, padded), flags (Uint8).
 */
interface Header {
  entityIds: string[];
  entityTypes: EntityType[];
  contextAliases: [number, string][];
  depth: number;
  slots: number;
  alphabet: number;
  patterns: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

const bytesOf = (a: ArrayBufferView): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function serializeCompiled(c: CompiledMatcher): Uint8Array {
  const { trie } = c;
  const header: Header = {
    entityIds: c.entityIds,
    entityTypes: c.entityTypes,
    contextAliases: [...c.contextAliases],
    depth: trie.depth,
    slots: trie.base.length,
    alphabet: trie.alphabet.length,
    patterns: c.flags.length,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(4 + json.length);
  const int32s = [trie.base, trie.check, trie.pattern, c.entityOf];
  const intBytes = int32s.reduce((sum, a) => sum + a.byteLength, 0);
  const size = start + intBytes + align4(trie.alphabet.byteLength) + c.flags.byteLength;
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = start;
  for (const a of int32s) {
    out.set(bytesOf(a), at);
    at += a.byteLength;
  }
  out.set(bytesOf(trie.alphabet), at);
  at += align4(trie.alphabet.byteLength);
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
  const base = int32(header.slots);
  const check = int32(header.slots);
  const pattern = int32(header.slots);
  const entityOf = int32(header.patterns);
  const alphabet = new Uint16Array(bytes.buffer, at, header.alphabet);
  at += align4(header.alphabet * 2);
  const flags = new Uint8Array(bytes.buffer, at, header.patterns);
  return {
    trie: { codeOf: codesFor(alphabet), alphabet, base, check, pattern, depth: header.depth },
    entityOf,
    flags,
    entityIds: header.entityIds,
    entityTypes: header.entityTypes,
    contextAliases: new Map(header.contextAliases),
  };
}
