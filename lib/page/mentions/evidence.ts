/**
 * The page's evidence: ambiguous aliases (飛天, 千帆) that their block's
 * context left undecided count only with evidence on the same page: by
 * default an unambiguous mention of the same entity; the caller may widen it
 * to related entities (lib/match/evidence-ids.ts), except for a person's
 * common name, which only the person's own mention supports. A figure with no
 * entity in its sentence counts on a page that names some entity. Tracks
 * which entities are mentioned unambiguously, as the page changes.
 */
import type { HasEvidence } from '../../match/evidence-ids';
import type { EntityMention, Mention } from './types';

const sameEntityEvidence: HasEvidence = (id, isPresent) => isPresent(id);

export class EvidenceTracker {
  #counts = new Map<string, number>();
  #changed = false;
  readonly #hasEvidence: HasEvidence;
  /** Made once: asked for every ambiguous mention a page shows, a closure each was garbage. */
  readonly #isPresent = (id: string): boolean => this.#counts.has(id);

  constructor(hasEvidence: HasEvidence = sameEntityEvidence) {
    this.#hasEvidence = hasEvidence;
  }

  /** Counts an unambiguous mention in (+1) or out (-1). */
  count(mention: EntityMention, delta: 1 | -1): void {
    if (mention.ambiguous) return;
    const id = mention.entityId;
    const n = (this.#counts.get(id) ?? 0) + delta;
    if (n > 0) this.#counts.set(id, n);
    else this.#counts.delete(id);
    if ((n === 1 && delta === 1) || n === 0) this.#changed = true;
  }

  /** True once since the set of present entities last changed. */
  takeChanged(): boolean {
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  shows(mention: Mention): boolean {
    if (mention.ambiguous !== true) return true;
    if (mention.kind === 'figure') return this.#counts.size > 0;
    if (mention.personal === true) return this.#counts.has(mention.entityId);
    return this.#hasEvidence(mention.entityId, this.#isPresent);
  }
}

/**
 * What a page holding only `found` (one text) would show: for tests and tools
 * that read a passage as the extension would.
 */
export function shownAlone<M extends Mention>(
  found: readonly M[],
  hasEvidence: HasEvidence = sameEntityEvidence,
): M[] {
  const evidence = new EvidenceTracker(hasEvidence);
  for (const m of found) if (m.kind === 'entity') evidence.count(m, 1);
  return found.filter((m) => evidence.shows(m));
}
