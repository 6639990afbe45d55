/**
 * Moving the reader to a mention: from the popup (each click on an entity or
 * figure goes to its next mention) and from the keyboard (next/previous
 * mention in document order). The mention is selected and scrolled into view;
 * the selection is the flash, and it is what screen readers follow. (Keyboard
 * steps open the mention's card, which selects it the same way.)
 */
import type { Annotator, PageMention } from '../page';
import { selectMention } from '../page/hit-test/select-mention';
import type { RevealTarget } from '../messages';
import { figureKeyOf } from './page-summary';

export interface MentionCursor {
  /** Goes to the target's next mention (the first one on the first call); false when it has none. */
  reveal(target: RevealTarget): PageMention | null;
  /** The mention last gone to, while it is still on the page. */
  current(): PageMention | null;
}

function matches(pm: PageMention, target: RevealTarget): boolean {
  if ('entityId' in target)
    return pm.mention.kind === 'entity' && pm.mention.entityId === target.entityId;
  return figureKeyOf(pm) === target.figureKey;
}

export function createMentionCursor(doc: Document, annotator: Annotator): MentionCursor {
  const lastByTarget = new Map<string, number>();
  let current: PageMention | null = null;
  const go = (pm: PageMention | null) => {
    if (pm && selectMention(doc, pm)) current = pm;
    return pm;
  };
  return {
    reveal(target) {
      const all = annotator.mentions().filter((pm) => matches(pm, target));
      if (all.length === 0) return null;
      const key = JSON.stringify(target);
      const next = ((lastByTarget.get(key) ?? -1) + 1) % all.length;
      lastByTarget.set(key, next);
      return go(all[next]!);
    },
    current: () => (current?.segments[0]?.node.isConnected ? current : null),
  };
}
