import { compareDocumentOrder } from './document-order';
import type { PageMention } from './types';

interface Entry {
  start: number;
  end: number;
  mention: PageMention;
}

/**
 * Finding mentions without scanning them all: per text node, its mentions'
 * stretches sorted by offset (binary search); per entity, its mentions; and a
 * document-order list built on demand for keyboard navigation.
 */
export class MentionIndex {
  #byNode = new WeakMap<Text, Entry[]>();
  #byEntity = new Map<string, Set<PageMention>>();
  #all = new Set<PageMention>();
  #ordered: PageMention[] | null = null;

  get size(): number {
    return this.#all.size;
  }

  add(mention: PageMention): void {
    this.#all.add(mention);
    this.#ordered = null;
    for (const { node, start, end } of mention.segments) {
      let entries = this.#byNode.get(node);
      if (!entries) this.#byNode.set(node, (entries = []));
      const at = lowerBound(entries, start);
      entries.splice(at, 0, { start, end, mention });
    }
    if (mention.mention.kind === 'entity') {
      const id = mention.mention.entityId;
      let set = this.#byEntity.get(id);
      if (!set) this.#byEntity.set(id, (set = new Set()));
      set.add(mention);
    }
  }

  remove(mention: PageMention): void {
    if (!this.#all.delete(mention)) return;
    this.#ordered = null;
    for (const { node } of mention.segments) {
      const entries = this.#byNode.get(node);
      if (!entries) continue;
      const kept = entries.filter((e) => e.mention !== mention);
      if (kept.length > 0) this.#byNode.set(node, kept);
      else this.#byNode.delete(node);
    }
    if (mention.mention.kind === 'entity') {
      const set = this.#byEntity.get(mention.mention.entityId);
      set?.delete(mention);
      if (set?.size === 0) this.#byEntity.delete(mention.mention.entityId);
    }
  }

  /**
   * Mentions at a caret position: the one whose text holds the character
   * after the caret first, then one that ends right at the caret (a caret API
   * puts the caret after a character when the pointer is on its right half).
   */
  at(node: Text, offset: number): PageMention[] {
    const entries = this.#byNode.get(node);
    if (!entries) return [];
    const out: PageMention[] = [];
    const i = lowerBound(entries, offset + 1) - 1; // last entry starting at or before offset
    const here = entries[i];
    if (here && offset < here.end) out.push(here.mention);
    const before = here && offset === here.end ? here : entries[i - 1];
    if (before && offset === before.end) out.push(before.mention);
    return out;
  }

  ofEntity(entityId: string): PageMention[] {
    return [...(this.#byEntity.get(entityId) ?? [])].sort(compareMentions);
  }

  all(): IterableIterator<PageMention> {
    return this.#all.values();
  }

  /** Every mention in document order (sorted once, then cached until the next change). */
  ordered(): readonly PageMention[] {
    if (!this.#ordered) {
      this.#ordered = [...this.#all].sort(compareMentions);
    }
    return this.#ordered;
  }
}

function compareMentions(a: PageMention, b: PageMention): number {
  const sa = a.segments[0];
  const sb = b.segments[0];
  if (!sa || !sb) return 0;
  return sa.node === sb.node ? sa.start - sb.start : compareDocumentOrder(sa.node, sb.node);
}

/** First index whose entry starts at or after `offset`. */
function lowerBound(entries: readonly Entry[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
