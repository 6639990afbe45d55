/** What the popup lists of a page: its entities (with their names) and figures, counted. */
import type { PageState } from '../messages';
import type { EntityNames, Pack } from '../pack/types';
import type { PageMention } from '../page';

export type NamesOf = (entityId: string) => EntityNames | undefined;

/** An entity's names in `packs`, the first pack's where two share an id (as `indexPacks`). */
export function namesInPacks(packs: readonly Pack[]): NamesOf {
  let byId: Map<string, EntityNames> | null = null;
  return (entityId) => {
    if (!byId) {
      byId = new Map();
      for (const pack of packs)
        for (const entity of pack.entities)
          if (!byId.has(entity.id)) byId.set(entity.id, entity.names);
    }
    return byId.get(entityId);
  };
}

/** One key per figure: the pack's figure where it is linked, else its text. */
export function figureKeyOf(pm: PageMention): string | null {
  if (pm.mention.kind !== 'figure') return null;
  return pm.mention.link ? `figure:${pm.mention.link.figure.id}` : `text:${pm.text}`;
}

export type PageFound = Pick<PageState, 'entities' | 'figures'>;

/** What the page shows, counted a mention at a time (so it can be done in slices: mention-count.ts). */
export class MentionTally {
  readonly #entities = new Map<string, PageState['entities'][number]>();
  readonly #figures = new Map<string, PageState['figures'][number]>();
  readonly #namesOf: NamesOf;

  constructor(namesOf: NamesOf) {
    this.#namesOf = namesOf;
  }

  add(pm: PageMention): void {
    const { mention } = pm;
    if (mention.kind === 'entity') {
      const entry = this.#entities.get(mention.entityId);
      if (entry) entry.count++;
      else
        this.#entities.set(mention.entityId, {
          id: mention.entityId,
          type: mention.entityType,
          count: 1,
          // Every entity mention comes from a pack; the id stands in should one not.
          names: this.#namesOf(mention.entityId) ?? {
            'zh-Hant': mention.entityId,
            'zh-Hans': mention.entityId,
            en: mention.entityId,
          },
        });
    } else {
      const key = figureKeyOf(pm)!;
      const entry = this.#figures.get(key);
      if (entry) entry.count++;
      else {
        this.#figures.set(key, {
          key,
          text: pm.text,
          count: 1,
          ...(mention.link ? { figureId: mention.link.figure.id } : {}),
        });
      }
    }
  }

  result(): PageFound {
    return { entities: [...this.#entities.values()], figures: [...this.#figures.values()] };
  }
}
