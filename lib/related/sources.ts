/** The packs' source articles that mention the page's entities, most shared first. */
import type { PackIndex } from '../pack/index-packs';
import type { Source } from '../pack/types';

export interface SourceMatch {
  source: Source;
  /** The page's entities that the source mentions, in the page's order. */
  shared: string[];
}

export function sourcesMentioning(index: PackIndex, entityIds: readonly string[]): SourceMatch[] {
  const matches: SourceMatch[] = [];
  for (const source of index.sourceById.values()) {
    const mentioned = new Set(source.mentions);
    const shared = entityIds.filter((id) => mentioned.has(id));
    if (shared.length > 0) matches.push({ source, shared });
  }
  return matches.sort(
    (a, b) =>
      b.shared.length - a.shared.length ||
      (a.source.date < b.source.date ? 1 : a.source.date > b.source.date ? -1 : 0),
  );
}
