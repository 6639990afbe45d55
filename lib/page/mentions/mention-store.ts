/**
 * Everything the annotator keeps about found mentions: per block (owner) what
 * was found in its runs, its page mentions once made, which ambiguous ones the
 * page's evidence shows, the hit-test index, and what is handed to the
 * highlight publisher. Only blocks that hold mentions have a record, and a
 * record goes when its block goes.
 *
 * A block's page mentions are made when the publisher first needs them (it
 * registers the block, or its list is read): on a long page most blocks are far
 * from the viewport while it loads. Made for every block during the scan, they
 * were a fifth of the bench's 1 MB page's time to ready (shown check, page
 * mention and bookkeeping for each of its 18 500 mentions).
 */
import { isShown } from '../../dom/rules';
import { composedAncestors } from '../text/blocks';
import { isNodeLive, type TextRun } from '../text/text-map';
import type { EvidenceTracker } from './evidence';
import type { HighlightPublisher } from '../highlights/highlight-publisher';
import { MentionIndex } from './mention-index';
import { createPageMention } from './page-mention';
import { BlockRecord } from './block-record';
import { createShownCheck, type ShownCheck } from './shown-check';
import type { Mention, PageMention } from './types';

/** Elements `ownersUnder` walks between two yields (~1 ms). */
const OWNER_WALK_STEP = 2048;

export class MentionStore {
  /** Reads the publisher's lists of shown mentions, told of each change here. */
  readonly index: MentionIndex;
  #records = new Map<Node, BlockRecord>();
  /** Owners whose tree is not their document's (shadow roots and what is inside them). */
  #elsewhere = new Set<Node>();
  /** Ambiguous mentions and their owners: shown or hidden as the page's evidence changes. */
  #ambiguous = new Map<PageMention, Node>();
  readonly publisher: HighlightPublisher;
  readonly #evidence: EvidenceTracker;
  /** Whether an element's text is shown (computed style): asked as page mentions are made. */
  readonly #isVisible: (el: Element) => boolean;

  constructor(
    publisher: HighlightPublisher,
    evidence: EvidenceTracker,
    isVisible: (el: Element) => boolean = isShown,
  ) {
    this.publisher = publisher;
    this.index = new MentionIndex(publisher);
    this.#evidence = evidence;
    this.#isVisible = isVisible;
    publisher.makePendingWith((owner) => this.#makePending(owner));
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
   * Records what was found in `run`, a run of `owner`'s text (`found` is the store's from
   * then on, never changed). Every unambiguous entity found counts as the page's evidence,
   * shown or not. Its page mentions are made at once if the block's are made already, else
   * when the publisher needs them.
   */
  add(owner: Node, run: TextRun, found: readonly Mention[]): void {
    if (found.length === 0) return;
    let record = this.#records.get(owner);
    // Asked once for a new record, and handed on to the publisher.
    let tree: Node | undefined;
    if (record) record.add(run, found);
    else {
      this.#records.set(owner, (record = new BlockRecord(run, found)));
      tree = owner.getRootNode();
      if (tree.nodeType !== Node.DOCUMENT_NODE) this.#elsewhere.add(owner);
    }
    this.#countEvidence(found, 1);
    const made = record.made;
    if (made) {
      const shown: PageMention[] = [];
      this.#make(owner, made, run, found, createShownCheck(this.#isVisible), shown);
      this.#showAll(owner, shown);
    } else {
      this.publisher.showLater(owner, found.length, tree);
      this.index.changed(owner);
    }
  }

  drop(owner: Node): void {
    const record = this.#records.get(owner);
    if (!record) return;
    this.#records.delete(owner);
    this.#elsewhere.delete(owner);
    for (const found of record.found) this.#countEvidence(found, -1);
    const made = record.made;
    if (!made) {
      if (this.publisher.hidePending(owner)) this.index.changed(owner);
      return;
    }
    // Last first: the publisher keeps a block's mentions in this order, and takes each off its end.
    for (let i = made.length - 1; i >= 0; i--) {
      const m = made[i]!;
      this.#ambiguous.delete(m);
      this.#hide(m, owner);
    }
  }

  /** Drops records whose block or text has left the page (or whose document was unloaded). */
  sweep(): void {
    for (const [owner, record] of this.#records) {
      if (!isNodeLive(owner) || !record.isLive()) this.drop(owner);
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

  /** The publisher asks for a pending block's mentions: made now, and those it shows given. */
  #makePending(owner: Node): readonly PageMention[] {
    const record = this.#records.get(owner);
    if (!record || record.made) return [];
    const made: PageMention[] = (record.made = []);
    const shown: PageMention[] = [];
    const check = createShownCheck(this.#isVisible);
    const { runs, found } = record;
    for (let k = 0; k < runs.length; k++)
      this.#make(owner, made, runs[k]!, found[k]!, check, shown);
    return shown;
  }

  /**
   * Page mentions for those of `found` whose text is shown, into `made`; those the page's
   * evidence shows also into `shown`.
   */
  #make(
    owner: Node,
    made: PageMention[],
    run: TextRun,
    found: readonly Mention[],
    isTextShown: ShownCheck,
    shown: PageMention[],
  ): void {
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      const pm = isTextShown(run, m.start, m.end) ? createPageMention(run, m) : null;
      if (!pm) continue;
      made.push(pm);
      if (m.ambiguous === true) {
        this.#ambiguous.set(pm, owner);
        if (!this.#evidence.shows(m)) continue;
      }
      shown.push(pm);
    }
  }

  #countEvidence(found: readonly Mention[], delta: 1 | -1): void {
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      if (m.kind === 'entity') this.#evidence.count(m, delta);
    }
  }

  #show(m: PageMention, owner: Node): void {
    this.#showAll(owner, [m]);
  }

  #showAll(owner: Node, mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    this.publisher.showAll(owner, mentions);
    this.index.changed(owner);
  }

  #hide(m: PageMention, owner: Node): void {
    if (this.publisher.hide(m, owner)) this.index.changed(owner);
  }
}
