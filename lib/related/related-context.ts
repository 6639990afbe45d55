/**
 * Everything the popup shows beside the page, computed from the packs for
 * the entity and figure ids the content script found. Pure: no browser APIs.
 */
import type { PackIndex } from '../pack/index-packs';
import type { Relation } from '../pack/types';
import { peerGroupsOf, type PeerGroup } from './peers';
import { relationsAmong } from './relations';
import { sourcesMentioning, type SourceMatch } from './sources';
import { successionChains, type SuccessionChain } from './succession';
import { timelineOf, type TimelineItem } from './timeline';

export interface PageTopics {
  entityIds: readonly string[];
  figureIds: readonly string[];
}

export interface RelatedContext {
  chains: SuccessionChain[];
  relations: Relation[];
  timeline: TimelineItem[];
  peers: PeerGroup[];
  sources: SourceMatch[];
}

export function relatedContext(index: PackIndex, topics: PageTopics): RelatedContext {
  // Ids the packs do not know (a pack since disabled) would only produce empty lookups.
  const entityIds = topics.entityIds.filter((id) => index.entityById.has(id));
  const figureIds = topics.figureIds.filter((id) => index.figureById.has(id));
  return {
    chains: successionChains(index, entityIds),
    relations: relationsAmong(index, entityIds),
    timeline: timelineOf(index, entityIds),
    peers: peerGroupsOf(index, figureIds, entityIds),
    sources: sourcesMentioning(index, entityIds),
  };
}

export function isEmptyContext(context: RelatedContext): boolean {
  return Object.values(context).every((list: unknown[]) => list.length === 0);
}
