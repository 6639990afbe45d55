/**
 * What matching finds in a text (entity and figure mentions, and why an
 * ambiguous name was linked) and the Matcher that finds it.
 */
import type { FigureMention } from '../figures/types';
import type { EntityType } from '../pack/types';
import type { Offsets } from './offsets';

/** A pack entity found in a text: [start, end) in UTF-16 code units of the original text. */
export interface EntityMention {
  kind: 'entity';
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
  /** Found through an ambiguous alias (or a doubtful context): counts only with evidence. */
  ambiguous: boolean;
  /** Near a doubtful context word (阿里巴巴 near 四十大盜): never counts. */
  doubtful?: boolean;
  /** A person's common name left to the page: only the person's own unambiguous mention counts. */
  personal?: boolean;
  /** Why an ambiguous name was linked from its context (context.ts). */
  reason?: LinkReason;
}

/**
 * Why an ambiguous name counts: an entity the pack relates to it is named in
 * the same block; a title stands next to the person; it forms an industry word
 * (豆包大模型, 盤古5.0); its sentence holds the industry's words.
 */
export type LinkReason = 'related-nearby' | 'title-nearby' | 'forms-word' | 'domain-words';

/** What matching finds in a text: a pack entity or one of the industry's figures. */
export type Mention = EntityMention | FigureMention;

export interface Matcher {
  /** Candidates including ambiguous ones (flagged), sorted, non-overlapping, guards applied. */
  match(text: string): EntityMention[];
  /**
   * `match`, and in `found` (emptied first) the offset of every unit of `text` that
   * `table` (one entry per UTF-16 unit, 1 where marked) marks, in order: one read of the text for both.
   */
  matchMarking?(text: string, table: Uint8Array, found: Offsets): EntityMention[];
}
