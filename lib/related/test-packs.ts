// Test helpers: small packs built from parts, for the cases the built-in pack does not have.
import type { Entity, EntityType, Figure, Pack, Relation, Source } from '../pack/types';
import { emptyPack } from '../pack/empty-pack';

export function fakeEntity(id: string, type: EntityType = 'person', facts: Entity['facts'] = []) {
  const entity: Entity = {
    id,
    type,
    names: { 'zh-Hant': id, 'zh-Hans': id, en: id },
    aliases: [],
    description: '',
    facts,
  };
  return entity;
}

export function fakeRelation(
  type: Relation['type'],
  from: string,
  to: string,
  extra: Partial<Relation> = {},
): Relation {
  return { type, from, to, source: 's', ...extra };
}

export function fakeFigure(id: string, entity: string, value: number, peerGroup?: string): Figure {
  return {
    id,
    entity,
    metric: 'growth',
    kind: 'growth',
    value,
    unit: '%',
    period: { start: '2023-04', end: '2023-06' },
    source: 's',
    ...(peerGroup === undefined ? {} : { peerGroup }),
  };
}

export function fakeSource(id: string, date: string, mentions: string[]): Source {
  return { id, title: id, outlet: 'o', date, summary: '', mentions };
}

export function fakePack(parts: {
  entities?: Entity[];
  relations?: Relation[];
  figures?: Figure[];
  sources?: Source[];
}): Pack {
  return emptyPack({
    id: 'test',
    sources: parts.sources ?? [fakeSource('s', '2023', [])],
    entities: parts.entities ?? [],
    relations: parts.relations ?? [],
    figures: parts.figures ?? [],
  });
}
