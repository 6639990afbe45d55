/**
 * Mentions for tests: a block's first two characters found as a name (as the
 * matcher gives it, or as a page mention), and a page mention that counts each
 * time its text nodes are asked for.
 */
import { createTextRun, type TextRun } from '../text/text-map';
import { createPageMention } from './page-mention';
import type { EntityMention, PageMention } from './types';

/** `owner`'s first text node as a run, and its first two characters (華為) found as a name. */
export function firstNameFound(owner: Element): { run: TextRun; found: EntityMention[] } {
  const run = createTextRun(owner, [owner.firstChild as Text]);
  const name: EntityMention = {
    kind: 'entity',
    start: 0,
    end: 2,
    entityId: 'huawei',
    entityType: 'org',
    ambiguous: false,
  };
  return { run, found: [name] };
}

/** A page mention of `owner`'s first two characters (華為), found in its first text node. */
export function firstNameMention(owner: Element): PageMention {
  const { run, found } = firstNameFound(owner);
  return createPageMention(run, found[0]!)!;
}

/** `real` as its holders see it, with a count of the asks for its segments or range. */
export function countingTextReads(real: PageMention): {
  mention: PageMention;
  reads: () => number;
} {
  let reads = 0;
  const mention: PageMention = {
    mention: real.mention,
    type: real.type,
    text: real.text,
    owner: real.owner,
    isLive: () => real.isLive(),
    get segments() {
      reads++;
      return real.segments;
    },
    get range() {
      reads++;
      return real.range;
    },
  };
  return { mention, reads: () => reads };
}
