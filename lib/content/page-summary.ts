/** What the popup lists of a page: its entities and figures with their counts. */
import type { PageState } from '../messages';
import type { PageMention } from '../page';

/** One key per figure: the pack's figure where it is linked, else its text. */
export function figureKeyOf(pm: PageMention): string | null {
  if (pm.mention.kind !== 'figure') return null;
  return pm.mention.link ? `figure:${pm.mention.link.figure.id}` : `text:${pm.text}`;
}

export function summariseMentions(
  mentions: Iterable<PageMention>,
): Pick<PageState, 'entities' | 'figures'> {
  const entities = new Map<string, PageState['entities'][number]>();
  const figures = new Map<string, PageState['figures'][number]>();
  for (const pm of mentions) {
    const { mention } = pm;
    if (mention.kind === 'entity') {
      const entry = entities.get(mention.entityId);
      if (entry) entry.count++;
      else
        entities.set(mention.entityId, {
          id: mention.entityId,
          type: mention.entityType,
          count: 1,
        });
    } else {
      const key = figureKeyOf(pm)!;
      const entry = figures.get(key);
      if (entry) entry.count++;
      else {
        figures.set(key, {
          key,
          text: pm.text,
          count: 1,
          ...(mention.link ? { figureId: mention.link.figure.id } : {}),
        });
      }
    }
  }
  return { entities: [...entities.values()], figures: [...figures.values()] };
}
