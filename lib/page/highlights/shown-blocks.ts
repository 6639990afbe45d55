/**
 * The blocks with shown mentions, for the highlight publisher (highlight-publisher.ts),
 * which decides which of them are registered: each block's list in the order shown,
 * the mentions still to be made (a block shown with `showLater`'s count), and how many
 * are shown in all. The hit-test index reads the lists from here (`ShownLists`).
 */
import type { ShownLists } from '../mentions/mention-index';
import type { PageMention } from '../mentions/types';
import { removeAt } from '../remove-at';
import { ShownBlock } from './shown-block';

export class ShownBlocks implements ShownLists {
  /** Per block (owner) with shown or pending mentions, until forgotten once empty. */
  #blocks = new Map<Node, ShownBlock>();
  /** Blocks left empty since the last `forgetEmptied`. */
  #emptied = new Set<Node>();
  #count = 0;
  /** Makes a block's pending mentions, and gives those it shows (the mention store's). */
  #makePending: (owner: Node) => readonly PageMention[] = () => [];

  /** Shown mentions, all blocks together, pending ones included (at most that many). */
  get count(): number {
    return this.#count;
  }

  /** How the mentions of a block shown with `addPending` are made, once needed. */
  makePendingWith(make: (owner: Node) => readonly PageMention[]): void {
    this.#makePending = make;
  }

  get(owner: Node): ShownBlock | undefined {
    return this.#blocks.get(owner);
  }

  entries(): IterableIterator<[Node, ShownBlock]> {
    return this.#blocks.entries();
  }

  shownOf(owner: Node): readonly PageMention[] | undefined {
    const block = this.#blocks.get(owner);
    return block && this.made(owner, block);
  }

  /** Each block's list, its pending mentions made as it is reached. */
  *shownLists(): IterableIterator<readonly PageMention[]> {
    for (const [owner, block] of this.#blocks) yield this.made(owner, block);
  }

  /** `owner`'s block, made if it has none; one left empty is kept again. */
  open(owner: Node): ShownBlock {
    let block = this.#blocks.get(owner);
    if (!block) this.#blocks.set(owner, (block = new ShownBlock()));
    else if (block.empty) this.#emptied.delete(owner);
    return block;
  }

  /** The block's shown mentions, its pending ones made first. */
  made(owner: Node, block: ShownBlock): PageMention[] {
    if (block.pending === 0) return block.shown;
    const pending = block.pending;
    block.pending = 0;
    const made = this.#makePending(owner);
    this.#count += made.length - pending;
    this.#append(block, made);
    if (block.empty) this.#emptied.add(owner);
    return block.shown;
  }

  /** Adds mentions to the block's list, after its pending ones (made first). */
  add(owner: Node, block: ShownBlock, mentions: readonly PageMention[]): void {
    this.made(owner, block);
    this.#append(block, mentions);
    this.#count += mentions.length;
  }

  addPending(block: ShownBlock, count: number): void {
    block.pending += count;
    this.#count += count;
  }

  /** Forgets the block's pending mentions; false when it had none. */
  removePending(owner: Node): boolean {
    const block = this.#blocks.get(owner);
    if (!block || block.pending === 0) return false;
    this.#count -= block.pending;
    block.pending = 0;
    if (block.empty) this.#emptied.add(owner);
    return true;
  }

  /** Takes `m` off its block's list: the block, or null when `m` was not shown. */
  remove(m: PageMention, owner: Node): ShownBlock | null {
    const block = this.#blocks.get(owner);
    const at = block?.shown.lastIndexOf(m) ?? -1;
    if (!block || at < 0) return null;
    removeAt(block.shown, at);
    this.#count--;
    // A rescan empties a block and fills it again at once: it keeps its place until the
    // next `forgetEmptied`, so it is not measured again.
    if (block.empty) this.#emptied.add(owner);
    return block;
  }

  /** Forgets the blocks still empty since they were left so, each handed to `forgotten`. */
  forgetEmptied(forgotten: (owner: Node, block: ShownBlock) => void): void {
    for (const owner of this.#emptied) {
      const block = this.#blocks.get(owner);
      if (!block?.empty) continue;
      this.#blocks.delete(owner);
      forgotten(owner, block);
    }
    this.#emptied.clear();
  }

  clear(): void {
    this.#blocks.clear();
    this.#emptied.clear();
    this.#count = 0;
  }

  #append(block: ShownBlock, mentions: readonly PageMention[]): void {
    // A block's first list is copied at its size: grown by push from empty it would take
    // room for 17, and a long page has thousands of blocks of a few mentions each.
    if (block.shown.length === 0) block.shown = mentions.slice();
    else for (let i = 0; i < mentions.length; i++) block.shown.push(mentions[i]!);
  }
}
