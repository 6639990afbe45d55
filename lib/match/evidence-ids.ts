/**
 * Which entities speak for an ambiguous name: read by the context rules for
 * one block (context.ts) and by the page's evidence (lib/page/mentions/evidence.ts,
 * which counts what the page mentions).
 */
import type { Pack } from '../pack/types';

/** Whether an entity's ambiguous name counts, given which entities the page names unambiguously. */
export type HasEvidence = (entityId: string, isPresent: (entityId: string) => boolean) => boolean;

/**
 * For each entity, the ids whose unambiguous mention makes its ambiguous
 * mentions count: itself plus the `evidence` of all its ambiguous aliases
 * (a mention does not say which alias matched, so they are pooled), and for
 * an entity with a common name, the entities the pack relates it to and what
 * those are part of (張勇's 阿里巴巴, 杭州's DeepSeek, 王小川's 2023 雲棲大會 and so
 * the 雲棲大會).
 */
const cache = new WeakMap<readonly Pack[], Map<string, readonly string[]>>();

/** Entities missing from the map are their own only evidence (`evidenceFor` adds them when asked). */
export function getEvidenceIds(packs: readonly Pack[]): Map<string, readonly string[]> {
  const cached = cache.get(packs);
  if (cached) return cached;
  const ids = new Map<string, readonly string[]>();
  const common = new Set<string>();
  // Built while a page's first scan waits: a list per entity with evidence of its own (a
  // handful of ids), not a Set copied into one; the others (most) are their own only
  // evidence, listed when first asked (`evidenceFor`).
  for (const pack of packs) {
    // Indexed: until the engine optimises it, a `for…of` makes an iterator per loop.
    const entities = pack.entities;
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e]!;
      const aliases = entity.aliases;
      let list: string[] | undefined;
      for (let a = 0; a < aliases.length; a++) {
        const { ambiguous, evidence } = aliases[a]!;
        if (!ambiguous || !evidence) continue;
        list ??= [entity.id];
        for (const id of evidence) if (!list.includes(id)) list.push(id);
      }
      // An id in two packs takes the later pack's aliases.
      if (list) ids.set(entity.id, list);
      else ids.delete(entity.id);
      if (entity.commonName === true) common.add(entity.id);
    }
  }
  if (common.size === 0) {
    cache.set(packs, ids);
    return ids;
  }
  const parents = new Map<string, string[]>();
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const pack of packs)
    for (const { type, from, to } of pack.relations) {
      if (type === 'part_of' || type === 'version_of')
        parents.set(from, [...(parents.get(from) ?? []), to]);
      if (common.has(from)) link(from, to);
      if (common.has(to)) link(to, from);
    }
  for (const [id, near] of neighbours) {
    const set = new Set(evidenceFor(ids, id));
    for (const other of near) {
      set.add(other);
      for (const parent of parents.get(other) ?? []) set.add(parent);
    }
    ids.set(id, [...set]);
  }
  cache.set(packs, ids);
  return ids;
}

/** The ids that speak for `id`: its list, else itself alone (made once, then kept). */
function evidenceFor(ids: Map<string, readonly string[]>, id: string): readonly string[] {
  let list = ids.get(id);
  if (list === undefined) ids.set(id, (list = [id]));
  return list;
}

const evidenceOfCache = new WeakMap<readonly Pack[], (entityId: string) => readonly string[]>();

/** `getEvidenceIds` as the function the context rules ask (one per pack list, not per block). */
export function getEvidenceOf(packs: readonly Pack[]): (entityId: string) => readonly string[] {
  let evidenceOf = evidenceOfCache.get(packs);
  if (evidenceOf === undefined) {
    const ids = getEvidenceIds(packs);
    evidenceOf = (id) => evidenceFor(ids, id);
    evidenceOfCache.set(packs, evidenceOf);
  }
  return evidenceOf;
}

/**
 * The page's rule for an ambiguous name its block left open: it counts when
 * one of its evidence ids is present (mentioned unambiguously on the page).
 */
export function hasEvidenceAmong(packs: readonly Pack[]): HasEvidence {
  const evidenceIds = getEvidenceIds(packs);
  return (id, isPresent) => evidenceFor(evidenceIds, id).some(isPresent);
}
