/** How the page's entities relate to each other: the packs' relations with both ends on the page. */
import type { PackIndex } from '../pack/index-packs';
import type { Relation, RelationType } from '../pack/types';

/** People and roles first: they are what a reader most often wants beside a name. */
const ORDER: readonly RelationType[] = [
  'leads',
  'chairs',
  'founded',
  'works_for',
  'proposed',
  'spoke_at',
  'attended',
  'announced_at',
  'caused',
  'affected',
  'competes_with',
  'product_of',
  'version_of',
  'based_on',
  'part_of',
  'organized_by',
  'located_in',
];

/**
 * Relations whose two ends are both among `entityIds`, people and roles
 * first, then in pack order. `succeeded` is left out: succession chains show
 * it with its whole line (see `successionChains`).
 */
export function relationsAmong(index: PackIndex, entityIds: readonly string[]): Relation[] {
  const onPage = new Set(entityIds);
  const found = new Set<Relation>();
  for (const id of entityIds) {
    for (const relation of index.relationsOf(id)) {
      if (relation.type === 'succeeded') continue;
      if (onPage.has(relation.from) && onPage.has(relation.to)) found.add(relation);
    }
  }
  const rank = (relation: Relation) => {
    const at = ORDER.indexOf(relation.type);
    return at < 0 ? ORDER.length : at;
  };
  // Array sort is stable: equal ranks keep the order they were found in.
  return [...found].sort((a, b) => rank(a) - rank(b));
}
