/**
 * An entity mention as the matcher finds it and the context rules decide it.
 * One class, made with `new`, for two reasons seen in the engine's trace of a
 * 1 MB page (`--trace-opt --trace-deopt`):
 * - one shape: the matcher's literal, the linked copy (with `reason`) and the
 *   personal one (with `personal`) were three, and each new one met by code
 *   already optimised for the others threw that code away mid-scan;
 * - no allocation site: objects of a literal that survive make the engine
 *   switch that literal to old-space allocation mid-scan, discarding every
 *   optimised function that inlined it (the matcher's `take` among them);
 *   objects made with `new` are not tracked that way.
 */
import type { EntityType } from '../pack/types';
import type { EntityMention, LinkReason } from './types';

export class FoundEntity implements EntityMention {
  readonly kind = 'entity';

  /** Kept, as FoundFigure keeps one (found-figure.ts says why). */
  // eslint-disable-next-line no-unused-private-class-members -- kept, never read: see above
  static readonly #shapeKeeper = new FoundEntity(0, 0, '', 'org', false, false);

  constructor(
    readonly start: number,
    readonly end: number,
    readonly entityId: string,
    readonly entityType: EntityType,
    readonly ambiguous: boolean,
    readonly doubtful: boolean,
    readonly personal: boolean | undefined = undefined,
    readonly reason: LinkReason | undefined = undefined,
  ) {}
}
