/**
 * What the highlight publisher keeps of a block with shown mentions (see
 * highlight-publisher.ts): its mentions in the order shown (or how many are yet
 * to be made), its tree, and how many of them are registered.
 */
import type { PageMention } from '../mentions/types';

/**
 * A class, not a literal: a page keeps thousands, and the engine switches a literal
 * whose objects survive to old-space allocation mid-scan, throwing away the optimised
 * code that inlined it (`--trace-deopt`).
 */
export class ShownBlock {
  /** In the order shown: a rescan takes a block's mentions back last first, off its end. */
  shown: PageMention[] = [];
  /**
   * Mentions found in the block and not made yet (highlight-publisher.ts, `showLater`): at
   * most this many join `shown` once they are made.
   */
  pending = 0;
  /**
   * In the top document's own tree, so it follows the viewport (decided at its first shown
   * mention); blocks elsewhere are few and always registered.
   */
  follows = false;
  /** Its tree (the document, or a shadow root), as of its first shown mention. */
  tree: Node | null = null;
  /** Its tree has the highlight stylesheet (asked each time the block's mentions are published). */
  styled = false;
  /** How many of its mentions are registered. */
  published = 0;
}
