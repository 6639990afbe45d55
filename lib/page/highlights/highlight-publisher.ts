/**
 * What goes into the highlight registries: every shown mention, or on a page
 * with very many, those of blocks near the viewport (the hit-test index and
 * the popup still know every mention). The registries, their on/off switch
 * and each tree's stylesheet are kept in highlight-targets.ts.
 *
 * A block may be shown before its mentions are made (`showLater`): they are
 * made (`makePendingWith`) when first needed: the block comes near the
 * viewport, or its list is read. On a long page most blocks are far from the
 * viewport while it loads, and their mentions wait until they are read.
 */
import { afterNextFrame } from '../../schedule/after-next-frame';
import { NEAR_VIEWPORT_ABOVE } from '../../schedule/budgets';
import { whenIdle } from '../../schedule/when-idle';
import { NearViewport } from './near-viewport';
import { PlacementQueue } from './placement-queue';
import type { ShownLists } from '../mentions/mention-index';
import type { PageMention } from '../mentions/types';
import { removeAt } from '../remove-at';
import { ShownBlock } from './shown-block';
import { HighlightTargets, type RegistryFactory } from './highlight-targets';
import type { StyleScope } from './highlight';

export interface PublisherOptions {
  /** Mentions shown before only those near the viewport are registered. */
  nearViewportAbove?: number;
  nearViewport?: (win: Window) => NearViewport;
  /** When new blocks are measured (default: just after the next frame, when the layout is fresh). */
  nextFrame?: (run: () => void) => void;
  /** When blocks that can wait are measured, before their frame (default: an idle moment). */
  idle?: (run: () => void) => void;
  /**
   * Blocks were measured and the near ones' mentions published: when those are registered
   * (default: at once). A scan defers to its own batches (lib/schedule/flush-pacer.ts):
   * every registration makes the browser repaint the whole page, ~13 ms on 1 MB.
   */
  placed?: () => void;
}

export class HighlightPublisher implements ShownLists {
  readonly #targets: HighlightTargets;
  /** Per block (owner) with shown mentions, until the flush after its last one went. */
  #blocks = new Map<Node, ShownBlock>();
  /** Blocks whose last shown mention went since the last flush (see `hide`). */
  #emptied = new Set<Node>();
  /** Blocks with pending mentions to be registered at the next flush (see `showLater`). */
  #unmade = new Set<Node>();
  #count = 0;
  #published = new WeakSet<PageMention>();
  /**
   * Published since the last flush: their ranges are made and registered then. On a long
   * page most mentions shown before the first flush are far from the viewport and taken
   * back first: they never need a range.
   */
  #unflushed = new Set<PageMention>();
  #window: NearViewport | null = null;
  /** Blocks that follow the viewport, shown and not measured yet. */
  readonly #unplaced: PlacementQueue;
  readonly #doc: Document;
  readonly #limit: number;
  readonly #nearViewport: (win: Window) => NearViewport;
  readonly #placed: () => void;
  /** Makes a block's pending mentions, and gives those it shows (the mention store's). */
  #makePending: (owner: Node) => readonly PageMention[] = () => [];

  constructor(doc: Document, registryFor: RegistryFactory, options: PublisherOptions = {}) {
    this.#doc = doc;
    this.#targets = new HighlightTargets(registryFor);
    this.#limit = options.nearViewportAbove ?? NEAR_VIEWPORT_ABOVE;
    this.#nearViewport = options.nearViewport ?? ((win) => new NearViewport(win));
    this.#placed = options.placed ?? (() => this.flush());
    const timing = {
      // Just after a frame the layout is fresh: reading boxes lays nothing out again.
      nextFrame: options.nextFrame ?? ((run: () => void) => void afterNextFrame(doc).then(run)),
      idle: options.idle ?? whenIdle,
    };
    this.#unplaced = new PlacementQueue(timing, (batch) => this.#placeBatch(batch));
  }

  get enabled(): boolean {
    return this.#targets.shown;
  }

  /** Whether only mentions near the viewport are registered now. */
  get nearViewportOnly(): boolean {
    return this.#window !== null;
  }

  get count(): number {
    return this.#count;
  }

  /** How the mentions of a block shown with `showLater` are made, once needed. */
  makePendingWith(make: (owner: Node) => readonly PageMention[]): void {
    this.#makePending = make;
  }

  shownOf(owner: Node): readonly PageMention[] | undefined {
    const block = this.#blocks.get(owner);
    return block && this.#shownOf(owner, block);
  }

  /** Each block's list, its pending mentions made as it is reached. */
  *shownLists(): IterableIterator<readonly PageMention[]> {
    for (const [owner, block] of this.#blocks) yield this.#shownOf(owner, block);
  }

  isShown(m: PageMention, owner: Node): boolean {
    return (this.shownOf(owner)?.lastIndexOf(m) ?? -1) >= 0;
  }

  show(m: PageMention, owner: Node): void {
    if (!this.isShown(m, owner)) this.showAll(owner, [m]);
  }

  /**
   * Shows mentions of one block not shown yet (a block's list, not a set: a dense page has
   * thousands of blocks): its bookkeeping once, not once per mention. `tree`: the block's
   * root node, when the caller has just asked for it (each ask is a call into the DOM).
   */
  showAll(owner: Node, mentions: readonly PageMention[], tree?: Node): void {
    if (mentions.length === 0) return;
    const block = this.#blockOf(owner, tree);
    // Made after those pending, which are made first.
    const shown = this.#shownOf(owner, block);
    this.#append(block, shown, mentions);
    this.#count += mentions.length;
    this.#narrowIfMany();
    if (this.#isRegistered(owner, block)) this.#publishAll(owner, block, mentions);
  }

  /**
   * Shows `count` mentions found in `owner`'s block that the mention store has not made yet:
   * they are made when first needed. A block to be registered is made at the next flush, if
   * it still is then: a long page narrows to the viewport before its first flush, and most
   * blocks shown before that are far from it.
   */
  showLater(owner: Node, count: number, tree?: Node): void {
    if (count === 0) return;
    const block = this.#blockOf(owner, tree);
    block.pending += count;
    this.#count += count;
    this.#narrowIfMany();
    if (this.#isRegistered(owner, block)) this.#unmade.add(owner);
  }

  /** Forgets the pending mentions of `owner`'s block (its record went); false when it had none. */
  hidePending(owner: Node): boolean {
    const block = this.#blocks.get(owner);
    if (!block || block.pending === 0) return false;
    this.#count -= block.pending;
    block.pending = 0;
    this.#afterHiding(owner, block);
    return true;
  }

  /** Takes `m` off its block's shown mentions; false when it was not shown. */
  hide(m: PageMention, owner: Node): boolean {
    const block = this.#blocks.get(owner);
    const shown = block?.shown;
    const at = shown?.lastIndexOf(m) ?? -1;
    if (!block || !shown || at < 0) return false;
    removeAt(shown, at);
    this.#count--;
    this.#unpublish(m, block);
    this.#afterHiding(owner, block);
    return true;
  }

  /** After a scroll or resize: registers what came near, unregisters what went away. */
  followViewport(): void {
    const win = this.#window;
    if (!win) return;
    // The reader moves: blocks still waiting to be measured may be where they go.
    this.#unplaced.soon();
    const { entered, left } = win.update();
    for (const el of left) {
      const block = this.#blocks.get(el);
      if (block) this.#unpublishAll(block);
    }
    for (const el of entered) {
      const block = this.#blocks.get(el);
      if (block) this.#publishAll(el, block, this.#shownOf(el, block));
    }
  }

  /** A box scrolled inside the page: where its blocks are is measured again. */
  markMoved(): void {
    this.#window?.markStale();
  }

  /** Publishes the highlight changes made since the last flush (see `HighlightRegistry.flush`). */
  flush(): void {
    for (const owner of this.#unmade) {
      const block = this.#blocks.get(owner);
      if (block && block.pending > 0 && this.#isRegistered(owner, block))
        this.#publishAll(owner, block, this.#shownOf(owner, block));
    }
    this.#unmade.clear();
    this.#forgetEmptied();
    for (const m of this.#unflushed) {
      const doc = m.owner.ownerDocument;
      if (doc) this.#targets.add(doc, m.type, m.range);
    }
    this.#unflushed.clear();
    this.#targets.flush();
  }

  setEnabled(on: boolean): void {
    this.flush();
    this.#targets.setShown(on);
    // Nothing shows meanwhile: where blocks are is measured once highlights are back.
    this.#unplaced.hold(!on);
  }

  /** Forgets stylesheets of shadow trees that left the page. */
  sweep(): void {
    if (!this.#targets.forgetDetachedStyles()) return;
    for (const block of this.#blocks.values()) block.styled = false;
  }

  clear(): void {
    this.#targets.clear();
    this.#blocks.clear();
    this.#emptied.clear();
    this.#unmade.clear();
    this.#count = 0;
    this.#published = new WeakSet();
    this.#unflushed.clear();
    this.#window = null;
    this.#unplaced.clear();
  }

  /** Blocks left without a shown mention since the last flush are followed no more. */
  #forgetEmptied(): void {
    for (const owner of this.#emptied) {
      const block = this.#blocks.get(owner);
      if (!block || block.shown.length !== 0 || block.pending !== 0) continue;
      this.#blocks.delete(owner);
      this.#unplaced.delete(owner as Element);
      if (block.follows) this.#window?.forget(owner as Element);
    }
    this.#emptied.clear();
  }

  #narrow(): void {
    const view = this.#doc.defaultView;
    if (!view) return;
    this.#window = this.#nearViewport(view);
    // What is registered stays until the next frame says which blocks are near.
    for (const [owner, block] of this.#blocks)
      if (block.follows) this.#unplaced.add(owner as Element);
    this.#unplaced.soon();
  }

  /** Measures blocks, and shows the near ones; says whether they all lay below the near part. */
  #placeBatch(batch: readonly Element[]): boolean {
    const win = this.#window;
    if (!win) return false;
    const allBelow = win.placeEach(batch, (el, near) => {
      const block = this.#blocks.get(el);
      // Most blocks placed during a scan are far, and had nothing registered.
      if (!block || (!near && block.published === 0)) return;
      if (near) this.#publishAll(el, block, this.#shownOf(el, block));
      else this.#unpublishAll(block);
    });
    this.#placed();
    return allBelow;
  }

  #widen(): void {
    this.#window = null;
    this.#unplaced.clear();
    for (const [owner, block] of this.#blocks)
      this.#publishAll(owner, block, this.#shownOf(owner, block));
  }

  /**
   * `owner`'s block; at its first shown mention (again), where it is is noted afresh: it may
   * have moved since. `tree`: its root node, when the caller has just asked for it.
   */
  #blockOf(owner: Node, tree?: Node): ShownBlock {
    let block = this.#blocks.get(owner);
    if (!block) this.#blocks.set(owner, (block = new ShownBlock()));
    if (block.shown.length > 0 || block.pending > 0) return block;
    this.#emptied.delete(owner);
    block.styled = false;
    block.tree = tree ?? owner.getRootNode();
    const followed = block.follows;
    block.follows = owner.nodeType === Node.ELEMENT_NODE && block.tree === this.#doc;
    if (followed && !block.follows) this.#window?.forget(owner as Element);
    // One that follows it from now on is measured before it is registered (all are, from
    // when the page narrows to the viewport: `#narrow`).
    else if (!followed && block.follows && this.#window) this.#unplaced.add(owner as Element);
    return block;
  }

  /**
   * Whether what `owner`'s block shows is registered now: on a page with few mentions, for a
   * block outside the top document's tree, or near the viewport (once it has been measured).
   */
  #isRegistered(owner: Node, block: ShownBlock): boolean {
    const win = this.#window;
    return !win || !block.follows || win.has(owner as Element);
  }

  /** Past `nearViewportAbove` shown mentions, only blocks near the viewport are registered. */
  #narrowIfMany(): void {
    if (!this.#window && this.#count > this.#limit) this.#narrow();
  }

  /** The block's shown mentions, its pending ones made first. */
  #shownOf(owner: Node, block: ShownBlock): PageMention[] {
    if (block.pending === 0) return block.shown;
    const pending = block.pending;
    block.pending = 0;
    const made = this.#makePending(owner);
    this.#count += made.length - pending;
    this.#append(block, block.shown, made);
    if (block.shown.length === 0) this.#emptied.add(owner);
    return block.shown;
  }

  #append(block: ShownBlock, shown: PageMention[], mentions: readonly PageMention[]): void {
    // A block's first list is copied at its size: grown by push from empty it would take
    // room for 17, and a long page has thousands of blocks of a few mentions each.
    if (shown.length === 0) block.shown = mentions.slice();
    else for (let i = 0; i < mentions.length; i++) shown.push(mentions[i]!);
  }

  #afterHiding(owner: Node, block: ShownBlock): void {
    // A rescan empties a block and fills it again at once: it keeps its place until
    // the next flush, so it is not measured again.
    if (block.shown.length === 0 && block.pending === 0) this.#emptied.add(owner);
    // Few enough again (the page dropped most of its text): register them all.
    if (this.#window && this.#count <= this.#limit / 2) this.#widen();
  }

  /** Publishes those of `mentions` (of `owner`'s block) not published yet. */
  #publishAll(owner: Node, block: ShownBlock, mentions: readonly PageMention[]): void {
    // Asked of the block, once, not of each mention's text nodes: on a long page most mentions
    // published before the first flush are taken back unflushed, and never need segments.
    // A frame's document that was unloaded takes no ranges (its records go at the next sweep).
    if (!owner.ownerDocument?.defaultView) return;
    const before = block.published;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (this.#published.has(m)) continue;
      this.#published.add(m);
      this.#unflushed.add(m);
      block.published++;
    }
    if (block.published === before || block.styled) return;
    block.styled = true;
    // A block's text is in the block's tree, set with its first shown mention.
    this.#targets.style(block.tree as StyleScope);
  }

  #unpublishAll(block: ShownBlock): void {
    for (const m of block.shown) this.#unpublish(m, block);
  }

  #unpublish(m: PageMention, block: ShownBlock): void {
    if (!this.#published.delete(m)) return;
    block.published--;
    if (this.#unflushed.delete(m)) return;
    const doc = m.owner.ownerDocument;
    if (doc) this.#targets.remove(doc, m.type, m.range);
  }
}
