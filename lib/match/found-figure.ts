/**
 * A figure findMentions kept, whose link (the pack's figure it is) is worked
 * out the first time it is read. Only a card, the popup's count (in idle time
 * after the page is ready) and the identity of a card's subject read it, yet
 * linking was a tenth of findMentions' time on the bench's news text, spent
 * before the first highlights on every page (paired passes in one Node
 * process: without it, findMentions took 0.86–0.91 of its time with it).
 */
import * as figures from '../figures';
import type { FigureLink, FigureMention, ParsedFigure } from '../figures';
import { NewFigure } from '../figures/new-figure';
import type { IsoDate, Pack } from '../pack/types';
import type { EntityMention } from './types';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up.
const { linkFigure, statedPeriod } = figures;

/** What linking a figure reads: its block, the block's entities and where it sits among them. */
export interface LinkContext {
  readonly text: string;
  /** The block's entities (decided in context), in order; not changed once the block is read. */
  readonly entities: readonly EntityMention[];
  /** The index of the first entity after the figure. */
  readonly at: number;
  readonly packs: readonly Pack[];
  readonly pageDate: IsoDate | undefined;
}

export class FoundFigure implements FigureMention {
  // Every figure mention has these fields, in this order: one shape (see ../figures/new-figure.ts).
  readonly kind = 'figure';
  readonly start: number;
  readonly end: number;
  readonly figure: ParsedFigure;
  readonly ambiguous: true | undefined;
  /** Until the link is read: what it is worked out from (none for a figure no pack has). */
  #context: LinkContext | undefined;
  #link: FigureLink | undefined = undefined;

  /**
   * One instance kept for as long as the class: the engine reaches its instances' shape
   * through transitions it holds weakly, so a full collection that found none alive let
   * the next ones take a new shape, and threw away the optimised code of every function
   * that had made or read them. The matching bench collects between its passes: there,
   * `withIndustryFigures` and this constructor were compiled again on every pass, on the
   * engine's compiler thread (`--trace-opt`): the process spent 1.45 s of CPU per second
   * of the passes, 1.1 with the instance kept.
   */
  // eslint-disable-next-line no-unused-private-class-members -- kept, never read: see above
  static readonly #shapeKeeper = new FoundFigure(
    new NewFigure(0, 0, 'count', 0, '', 1, undefined),
    false,
    undefined,
  );

  constructor(parsed: ParsedFigure, ambiguous: boolean, context: LinkContext | undefined) {
    this.start = parsed.start;
    this.end = parsed.end;
    this.figure = parsed;
    this.ambiguous = ambiguous ? true : undefined;
    this.#context = context;
  }

  get link(): FigureLink | undefined {
    const context = this.#context;
    if (context !== undefined) {
      this.#context = undefined;
      const { text, entities, at, packs, pageDate } = context;
      const parsed = this.figure;
      this.#link = linkFigure(
        parsed,
        nearbyIds(entities, at),
        packs,
        () => statedPeriod(text, parsed),
        pageDate,
      );
    }
    return this.#link;
  }
}

/** Above this many entities in a block, its neighbours are told apart with a Set. */
const FEW_ENTITIES = 16;

/** The entities before mention `e` of the block, nearest first, then those from it on: each once. */
function nearbyIds(entities: readonly EntityMention[], e: number): string[] {
  if (entities.length > FEW_ENTITIES) {
    const ids = new Set<string>();
    for (let k = e - 1; k >= 0; k--) ids.add((entities[k] as EntityMention).entityId);
    for (let k = e; k < entities.length; k++) ids.add((entities[k] as EntityMention).entityId);
    return [...ids];
  }
  const ids: string[] = [];
  for (let k = e - 1; k >= 0; k--) addOnce(ids, (entities[k] as EntityMention).entityId);
  for (let k = e; k < entities.length; k++) addOnce(ids, (entities[k] as EntityMention).entityId);
  return ids;
}

function addOnce(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}
