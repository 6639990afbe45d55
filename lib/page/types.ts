/**
 * Structural types the page layer needs from matching. They mirror what
 * `lib/match` produces without importing it, so the page layer can be built
 * and tested with any text → mentions function.
 */

export type EntityType = 'person' | 'org' | 'product' | 'event' | 'concept' | 'place';

/** What a highlight is registered as: every entity type, plus figures. */
export type HighlightType = EntityType | 'figure';

export const HIGHLIGHT_TYPES: readonly HighlightType[] = [
  'person',
  'org',
  'product',
  'event',
  'concept',
  'place',
  'figure',
];

/** Public contract: each type's `Highlight` is registered under this name. */
export function highlightName(type: HighlightType): string {
  return `pangzhu-${type}`;
}

export interface EntityMention {
  kind: 'entity';
  /** UTF-16 offsets into the text given to `findMentions`. */
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
  /** An alias that is also a common word: shown only with evidence on the page. */
  ambiguous: boolean;
}

export interface FigureMention {
  kind: 'figure';
  start: number;
  end: number;
  figure: { kind: string; value: number; unit: string };
  link?: { figure: { id: string } };
}

export type Mention = EntityMention | FigureMention;

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
}

export function highlightTypeOf(mention: Mention): HighlightType {
  return mention.kind === 'entity' ? mention.entityType : 'figure';
}
