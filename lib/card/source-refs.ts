/**
 * Numbers the sources a card cites, in the order they are first cited.
 */
import type { PackIndex } from '../pack/index-packs';
import type { SourceRef, ToScript } from './types';

export interface SourceCollector {
  /** The footnote number of a source id (0 when the pack does not know it). */
  cite: (sourceId: string) => number;
  list: () => SourceRef[];
}

export function collectSources(index: PackIndex, toScript: ToScript): SourceCollector {
  const refs = new Map<string, SourceRef>();
  return {
    cite: (sourceId) => {
      const known = refs.get(sourceId);
      if (known) return known.n;
      const source = index.sourceById.get(sourceId);
      if (!source) return 0;
      const from = index.packOf(sourceId)?.textScript ?? 'zh-Hant';
      const ref: SourceRef = {
        n: refs.size + 1,
        id: source.id,
        // Titles and outlets are proper names, stored as the outlet wrote them:
        // convert them like other pack text so the card reads in one script.
        title: toScript(source.title, from),
        outlet: toScript(source.outlet, from),
        date: source.date,
        ...(source.url !== undefined ? { url: source.url } : {}),
      };
      refs.set(sourceId, ref);
      return ref.n;
    },
    list: () => [...refs.values()],
  };
}
