/**
 * Everything the annotator keeps about found mentions: per block (owner) its
 * mentions and which ambiguous ones the page's evidence shows, the hit-test
 * index, and what is handed to the highlight publisher. Only blocks that hold
 * mentions have a record, and a record goes when its block goes.
 */
import { composedAncestors } from '../text/blocks';
import { isNodeLive } from '../text/text-map';
import type { EvidenceTracker } from './evidence';
import type { HighlightPublisher } from '../highlights/highlight-publisher';
import { MentionIndex } from './mention-index';
import type { PageMention } from './types';

/** Elements `ownersUnder` walks between two yields (~1 ms). */
const OWNER_WALK_STEP = 2048;

export class MentionStore {
  /** Reads the publisher's lists of shown mentions, told of each change here. */
  readonly index: MentionIndex;
  #records = new Map<Node, PageMention[]>();
  /** Owners whose tree is not their document's (shadow roots and what is inside them). */
  #elsewhere = new Set<Node>();
  /** Ambiguous mentions and their owners: shown or hidden as the page's evidence changes. */
  #ambiguous = new Map<PageMention, Node>();
  readonly publisher: HighlightPublisher;
  readonly #evidence: EvidenceTracker;

  constructor(publisher: HighlightPublisher, evidence: EvidenceTracker) {
    this.publisher = publisher;
    this.index = new MentionIndex(publisher);
    this.#evidence = evidence;
  }

  owners(): IterableIterator<Node> {
    return this.#records.keys();
  }

  /**
   * Owners inside `root` (or `root` itself), across shadow roots, each handed to
   * `visit`. Asked for every block rescanned, so it must not cost a pass over all
   * records: owners in `root`'s own tree are found by walking `root`'s subtree, and
   * only owners in other trees (shadow roots, frames), which are few, are checked one
   * by one. Yields every `OWNER_WALK_STEP` elements walked: a 5 MB page's body,
   * rescanned whole after a conversion, was 25–30 ms of walking in one task.
   */
  *ownersUnder(root: Node, visit: (owner: Node) => void): Generator<void> {
    const tree = root.getRootNode();
    if (this.#records.has(root)) visit(root);
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (doc && this.#records.size > 0) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      let walked = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (this.#records.has(node)) visit(node);
        if (++walked % OWNER_WALK_STEP === 0) yield;
      }
    }
    for (const owner of this.#elsewhere) {
      if (owner === root || owner.getRootNode() === tree) continue;
      for (const a of composedAncestors(owner)) {
        if (a === root) {
          visit(owner);
          break;
        }
      }
    }
  }

  /**
   * Records `mentions` of `owner`'s text. The list is the store's from then on (a new
   * block's record is the list itself: a long page has thousands, each copied for nothing).
   */
  add(owner: Node, mentions: PageMention[]): void {
    if (mentions.length === 0) return;
    const list = this.#records.get(owner);
    // Asked once for a new record, and handed on to the publisher.
    let tree: Node | undefined;
    if (list) for (let i = 0; i < mentions.length; i++) list.push(mentions[i]!);
    else {
      this.#records.set(owner, mentions);
      tree = owner.getRootNode();
      if (tree.nodeType !== Node.DOCUMENT_NODE) this.#elsewhere.add(owner);
    }
    // Most runs hold no ambiguous mention the evidence holds back: then all go as given.
    let shown: PageMention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.mention.kind === 'entity') this.#evidence.count(m.mention, 1);
      if (m.mention.ambiguous === true) {
        this.#ambiguous.set(m, owner);
        if (!this.#evidence.shows(m.mention)) {
          shown ??= mentions.slice(0, i);
          continue;
        }
      }
      shown?.push(m);
    }
    this.#showAll(owner, shown ?? mentions, tree);
  }

  drop(owner: Node): void {
    const list = this.#records.get(owner);
    if (!list) return;
    this.#records.delete(owner);
    this.#elsewhere.delete(owner);
    // Last first: the publisher keeps a block's mentions in this order, and takes each off its end.
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (m.mention.kind === 'entity') this.#evidence.count(m.mention, -1);
      this.#ambiguous.delete(m);
      this.#hide(m, owner);
    }
  }

  /** Drops records whose block or text has left the page (or whose document was unloaded). */
  sweep(): void {
    for (const [owner, list] of this.#records) {
      // Asked of each mention's text nodes, not of its segments: most were never made.
      const live = isNodeLive(owner) && list.every((m) => m.isLive());
      if (!live) this.drop(owner);
    }
    this.publisher.sweep();
  }

  /** After a change in which entities are mentioned, shows or hides ambiguous mentions. */
  settleEvidence(): void {
    if (!this.#evidence.takeChanged()) return;
    // Asked after every scan job that named a new entity: forEach makes no [key, value] pairs.
    this.#ambiguous.forEach((owner, m) => {
      const show = this.#evidence.shows(m.mention);
      const shown = this.publisher.isShown(m, owner);
      if (show && !shown) this.#show(m, owner);
      else if (!show && shown) this.#hide(m, owner);
    });
  }

  /** Removes every highlight, stylesheet and record. */
  clear(): void {
    for (const owner of [...this.#records.keys()]) this.drop(owner);
    this.publisher.clear();
  }

  #show(m: PageMention, owner: Node): void {
    this.#showAll(owner, [m]);
  }

  #showAll(owner: Node, mentions: readonly PageMention[], tree?: Node): void {
    if (mentions.length === 0) return;
    this.publisher.showAll(owner, mentions, tree);
    this.index.changed(owner);
  }

  #hide(m: PageMention, owner: Node): void {
    if (this.publisher.hide(m, owner)) this.index.changed(owner);
  }
}
