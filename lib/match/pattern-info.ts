/**
 * Per pattern of a compiled matcher, what a mention needs in one read (with a
 * big pack each array read at a candidate is a cache miss): its flags (low 8
 * bits), its entity's type (index into `types`, 3 bits: there are six types)
 * and its entity (the rest).
 */
import type { CompiledMatcher } from './compile';
import type { EntityMention } from './types';

type EntityType = EntityMention['entityType'];

export function patternInfo(compiled: CompiledMatcher): { types: EntityType[]; info: Int32Array } {
  const { flags, entityOf, entityTypes } = compiled;
  const types = [...new Set(entityTypes)];
  // Plain loops: with a big pack this runs over 100 000 patterns at load.
  const typeOf = new Uint8Array(entityTypes.length);
  for (let e = 0; e < entityTypes.length; e++)
    typeOf[e] = types.indexOf(entityTypes[e] as EntityType);
  const info = new Int32Array(flags.length);
  for (let p = 0; p < flags.length; p++) {
    const entity = entityOf[p] as number;
    info[p] = (entity << 11) | ((typeOf[entity] as number) << 8) | (flags[p] as number);
  }
  return { types, info };
}
