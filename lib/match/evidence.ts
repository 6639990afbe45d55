import type { Pack } from '../pack/types';
import type { EntityMention } from './types';

/** Page-wide evidence: the entities mentioned unambiguously so far on the page. */
export interface EvidenceTracker {
  add(mentions: readonly EntityMention[]): void;
  accepts(m: EntityMention): boolean;
}

/**
 * For each entity, the ids whose unambiguous mention makes its ambiguous
 * mentions count: itself plus the `evidence` of all its ambiguous aliases
 * (a mention does not say which alias matched, so they are pooled).
 */
const cache = new WeakMap<readonly Pack[], Map<string, readonly string[]>>();

export function getEvidenceIds(packs: readonly Pack[]): Map<string, readonly string[]> {
  const cached = cache.get(packs);
  if (cached) return cached;
  const ids = new Map<string, readonly string[]>();
  for (const pack of packs)
    for (const entity of pack.entities) {
      const set = new Set([entity.id]);
      for (const alias of entity.aliases)
        if (alias.ambiguous) for (const id of alias.evidence ?? []) set.add(id);
      ids.set(entity.id, [...set]);
    }
  cache.set(packs, ids);
  return ids;
}

export function createEvidenceTracker(packs: readonly Pack[]): EvidenceTracker {
  const evidenceIds = getEvidenceIds(packs);
  const seen = new Set<string>();
  return {
    add(mentions) {
      for (const m of mentions) if (!m.ambiguous) seen.add(m.entityId);
    },
    accepts(m) {
      if (!m.ambiguous) return true;
      return (evidenceIds.get(m.entityId) ?? [m.entityId]).some((id) => seen.has(id));
    },
  };
}
