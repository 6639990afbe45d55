/**
 * The packs' figures of the same period beside the page's own: the peer
 * groups (`peerGroup`) of the figures on the page, or failing those, the
 * latest group of the figures of the page's entities (an entity with years of
 * quarterly figures would otherwise bring a chart per quarter).
 */
import type { PackIndex } from '../pack/index-packs';
import type { Figure } from '../pack/types';

export interface PeerGroup {
  peerGroup: string;
  /** Largest value first. */
  figures: Figure[];
  /** Figures of this group that the page itself states. */
  onPage: string[];
}

export function peerGroupsOf(
  index: PackIndex,
  figureIds: readonly string[],
  entityIds: readonly string[],
): PeerGroup[] {
  const stated = new Set(figureIds);
  const groups: string[] = [];
  const add = (figure: Figure | undefined) => {
    const group = figure?.peerGroup;
    if (group !== undefined && !groups.includes(group)) groups.push(group);
  };
  for (const id of figureIds) add(index.figureById.get(id));
  if (groups.length === 0) {
    const latest = entityIds
      .flatMap((id) => index.figuresOf(id))
      .filter((figure) => figure.peerGroup !== undefined)
      .reduce<Figure | undefined>(
        (best, figure) => (best && best.period.start >= figure.period.start ? best : figure),
        undefined,
      );
    add(latest);
  }

  return groups.flatMap((peerGroup) => {
    const figures = [...(index.figuresByPeerGroup.get(peerGroup) ?? [])];
    // A group of one compares nothing.
    if (figures.length < 2) return [];
    figures.sort((a, b) => b.value - a.value);
    const onPage = figures.filter((figure) => stated.has(figure.id)).map((figure) => figure.id);
    return [{ peerGroup, figures, onPage }];
  });
}
