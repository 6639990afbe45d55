import type { EntityType } from '../pack/types';

/** A pack entity found in a text: [start, end) in UTF-16 code units of the original text. */
export interface EntityMention {
  kind: 'entity';
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
  /** Found through an ambiguous alias (or a doubtful context): counts only with evidence. */
  ambiguous: boolean;
}

export interface Matcher {
  /** Candidates including ambiguous ones (flagged), sorted, non-overlapping, guards applied. */
  match(text: string): EntityMention[];
}
