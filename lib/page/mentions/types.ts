/**
 * The types of the page layer. It takes any text → mentions function (tests
 * give it simple ones, lib/page/fixed-names.ts); the mentions are matching's.
 */
import { ENTITY_TYPES, type EntityType } from '../../pack/types';
import type { EntityMention, Mention } from '../../match/types';

export type { EntityMention, EntityType, Mention };

/** What a highlight is registered as: every entity type, plus figures. */
export type HighlightType = EntityType | 'figure';

export const HIGHLIGHT_TYPES: readonly HighlightType[] = [...ENTITY_TYPES, 'figure'];

/** Public contract: each type's `Highlight` is registered under this name. */
export function highlightName(type: HighlightType): string {
  return `pangzhu-${type}`;
}

/** Matching: text → non-overlapping mentions, offsets in UTF-16 code units. */
export type FindMentions = (text: string) => readonly Mention[];

/** One stretch of a mention inside a single text node. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** A mention found on the page. */
export interface PageMention {
  readonly mention: Mention;
  readonly type: HighlightType;
  /** The text as it was on the page when it was scanned. */
  readonly text: string;
  /** Registered in the highlight registry (a `StaticRange` where supported). */
  readonly range: AbstractRange;
  /** In document order; one per text node the mention touches. */
  readonly segments: readonly Segment[];
  /** The block element (or shadow root) whose text held the mention. */
  readonly owner: Node;
  /** Whether its text nodes are still on a page with a window; asked without making its segments. */
  isLive(): boolean;
}

export function highlightTypeOf(mention: Mention): HighlightType {
  return mention.kind === 'entity' ? mention.entityType : 'figure';
}
