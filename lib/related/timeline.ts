/**
 * A timeline of what the page's entities did and what happened to them: the
 * packs' dated facts and leadership handovers, oldest first.
 */
import type { PackIndex } from '../pack/index-packs';
import type { EntityType, IsoDate, Period, Relation } from '../pack/types';

export type TimelineItem =
  | { kind: 'fact'; period: Period; entityId: string; text: string; source: string }
  | { kind: 'handover'; period: Period; relation: Relation };

/** On one day, events and people first: they carry the story. */
const TYPE_ORDER: readonly EntityType[] = ['event', 'person', 'org', 'product', 'concept', 'place'];

function startOf(item: TimelineItem): IsoDate {
  return item.period.start;
}

function rankOf(index: PackIndex, item: TimelineItem): number {
  if (item.kind === 'handover') return -1;
  const type = index.entityById.get(item.entityId)?.type;
  return type === undefined ? TYPE_ORDER.length : TYPE_ORDER.indexOf(type);
}

export function timelineOf(index: PackIndex, entityIds: readonly string[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  const texts = new Set<string>();
  const handovers = new Set<Relation>();
  for (const id of entityIds) {
    const entity = index.entityById.get(id);
    for (const fact of entity?.facts ?? []) {
      // The same sentence told of two entities is one event.
      if (texts.has(fact.text)) continue;
      texts.add(fact.text);
      items.push({
        kind: 'fact',
        period: fact.period,
        entityId: id,
        text: fact.text,
        source: fact.source,
      });
    }
    for (const relation of index.relationsOf(id)) {
      if (relation.type !== 'succeeded' || !relation.period || handovers.has(relation)) continue;
      handovers.add(relation);
      items.push({ kind: 'handover', period: relation.period, relation });
    }
  }
  // ISO dates (2023, 2023-09, 2023-09-10) sort as strings; a year comes before its months.
  return items
    .map((item, order) => ({ item, order, rank: rankOf(index, item) }))
    .sort(
      (a, b) =>
        (startOf(a.item) < startOf(b.item) ? -1 : startOf(a.item) > startOf(b.item) ? 1 : 0) ||
        a.rank - b.rank ||
        a.order - b.order,
    )
    .map(({ item }) => item);
}

/**
 * The few items a popup shows first: handovers and what happened at events
 * and to people, still oldest first; the whole timeline stays one click away.
 */
export function keyEvents(
  index: PackIndex,
  items: readonly TimelineItem[],
  limit: number,
): TimelineItem[] {
  const isKey = (item: TimelineItem) =>
    item.kind === 'handover' || rankOf(index, item) <= TYPE_ORDER.indexOf('person');
  const key = items.filter(isKey);
  // The most recent ones: a reader of news wants what led up to now.
  return (key.length > 0 ? key : items).slice(-limit);
}
