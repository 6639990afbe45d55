/**
 * Finding mentions without scanning them all. The index keeps no list of its
 * own: it reads each block's shown mentions from where they are kept (the
 * highlight publisher's lists; a long page shows tens of thousands while it
 * loads, and is asked about a few), and is told when one changes. What
 * questions need is built on first use and kept until a change: per block, its
 * text nodes' stretches sorted by offset (binary search); per entity, its
 * mentions; the document order for keyboard walks.
 */
import { compareDocumentOrder } from '../text/document-order';
import type { PageMention } from './types';

/** Each block's shown mentions, in the order shown (the highlight publisher keeps them). */
export interface ShownLists {
  /** How many mentions are shown, all blocks together. */
  readonly count: number;
  /** The block's shown mentions: none, or an empty list, when it shows none. */
  shownOf(owner: Node): readonly PageMention[] | undefined;
  /** Every block's list (some may be empty). */
  shownLists(): Iterable<readonly PageMention[]>;
}

interface Entry {
  start: number;
  end: number;
  mention: PageMention;
}

export class MentionIndex {
  readonly #lists: ShownLists;
  /** Per block asked about: per text node, its stretches by offset. */
  #nodesOf = new Map<Node, WeakMap<Text, Entry[]>>();
  #byEntity: Map<string, PageMention[]> | null = null;
  #ordered: PageMention[] | null = null;
  #version = 0;

  constructor(lists: ShownLists) {
    this.#lists = lists;
  }

  get size(): number {
    return this.#lists.count;
  }

  /** Changes whenever a mention is added or removed. */
  get version(): number {
    return this.#version;
  }

  /** `owner`'s list of shown mentions changed. */
  changed(owner: Node): void {
    this.#version++;
    if (this.#nodesOf.size > 0) this.#nodesOf.delete(owner);
    this.#byEntity = null;
    this.#ordered = null;
  }

  /**
   * Mentions at a caret position: the one whose text holds the character
   * after the caret first, then one that ends right at the caret (a caret API
   * puts the caret after a character when the pointer is on its right half).
   */
  at(node: Text, offset: number): PageMention[] {
    const entries = this.#entriesOf(node);
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
    if (!this.#byEntity) {
      this.#byEntity = new Map();
      for (const m of this.all()) {
        if (m.mention.kind !== 'entity') continue;
        const list = this.#byEntity.get(m.mention.entityId);
        if (list) list.push(m);
        else this.#byEntity.set(m.mention.entityId, [m]);
      }
    }
    return [...(this.#byEntity.get(entityId) ?? [])].sort(compareMentions);
  }

  *all(): IterableIterator<PageMention> {
    for (const list of this.#lists.shownLists()) yield* list;
  }

  /** Every mention in document order (sorted once, then cached until the next change). */
  ordered(): readonly PageMention[] {
    if (!this.#ordered) {
      this.#ordered = [...this.all()].sort(compareMentions);
    }
    return this.#ordered;
  }

  /**
   * The stretches in `node`: kept under the block whose text held them, which
   * is the nearest ancestor (within its tree) that holds mentions. A text the
   * page moved into another such block is found again once that block is
   * rescanned (the move is a mutation the annotator follows).
   */
  #entriesOf(node: Text): Entry[] | undefined {
    for (let n = node.parentNode; n; n = n.parentNode) {
      const list = this.#lists.shownOf(n);
      if (!list || list.length === 0) continue;
      let nodes = this.#nodesOf.get(n);
      if (!nodes) this.#nodesOf.set(n, (nodes = indexByNode(list)));
      return nodes.get(node);
    }
    return undefined;
  }
}

function indexByNode(mentions: readonly PageMention[]): WeakMap<Text, Entry[]> {
  const byNode = new WeakMap<Text, Entry[]>();
  const lists: Entry[][] = [];
  for (const mention of mentions) {
    for (const { node, start, end } of mention.segments) {
      const entries = byNode.get(node);
      if (entries) entries.push({ start, end, mention });
      else {
        const created = [{ start, end, mention }];
        byNode.set(node, created);
        lists.push(created);
      }
    }
  }
  // The matcher drops overlapping mentions, so a node's stretches sorted by start never overlap.
  for (const entries of lists) entries.sort((a, b) => a.start - b.start);
  return byNode;
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
