/**
 * Lookups over one or more packs, built once after loading.
 */
import type { Entity, Figure, Pack, Relation, Source } from './types';

export interface PackIndex {
  entityById: ReadonlyMap<string, Entity>;
  figureById: ReadonlyMap<string, Figure>;
  sourceById: ReadonlyMap<string, Source>;
  /** Figures of the same metric across entities and the same period, in pack order. */
  figuresByPeerGroup: ReadonlyMap<string, readonly Figure[]>;
  /** Relations where the entity is `from` or `to`, in pack order. */
  relationsOf(entityId: string): readonly Relation[];
  /** Figures whose `entity` is this entity. */
  figuresOf(entityId: string): readonly Figure[];
  /** The pack that holds an entity, figure or source: its `textScript` says how its texts are written. */
  packOf(id: string): Pack | undefined;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Indexes packs in order. When two packs use one id, the first pack keeps it,
 * so callers list the packs they trust most first.
 */
export function indexPacks(packs: readonly Pack[]): PackIndex {
  const entityById = new Map<string, Entity>();
  const figureById = new Map<string, Figure>();
  const sourceById = new Map<string, Source>();
  const figuresByPeerGroup = new Map<string, Figure[]>();
  const relations = new Map<string, Relation[]>();
  const figures = new Map<string, Figure[]>();
  const owner = new Map<string, Pack>();

  const claim = <T>(map: Map<string, T>, id: string, value: T, pack: Pack): boolean => {
    if (map.has(id)) return false;
    map.set(id, value);
    if (!owner.has(id)) owner.set(id, pack);
    return true;
  };

  for (const pack of packs) {
    for (const entity of pack.entities) claim(entityById, entity.id, entity, pack);
    for (const source of pack.sources) claim(sourceById, source.id, source, pack);
    for (const figure of pack.figures) {
      if (!claim(figureById, figure.id, figure, pack)) continue;
      push(figures, figure.entity, figure);
      if (figure.peerGroup !== undefined) push(figuresByPeerGroup, figure.peerGroup, figure);
    }
    for (const relation of pack.relations) {
      push(relations, relation.from, relation);
      if (relation.to !== relation.from) push(relations, relation.to, relation);
    }
  }

  return {
    entityById,
    figureById,
    sourceById,
    figuresByPeerGroup,
    relationsOf: (entityId) => relations.get(entityId) ?? NONE,
    figuresOf: (entityId) => figures.get(entityId) ?? NONE,
    packOf: (id) => owner.get(id),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
