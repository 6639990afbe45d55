/**
 * Page mentions for tests: a block's first two characters found as a name, and a
 * page mention that counts each time its text nodes are asked for.
 */
import { createTextRun } from '../text/text-map';
import { createPageMention } from './page-mention';
import type { PageMention } from './types';

/** A mention of `owner`'s first two characters (華為), found in its first text node. */
export function firstNameMention(owner: Element): PageMention {
  return createPageMention(createTextRun(owner, [owner.firstChild as Text]), {
    kind: 'entity',
    start: 0,
    end: 2,
    entityId: 'huawei',
    entityType: 'org',
    ambiguous: false,
  })!;
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
