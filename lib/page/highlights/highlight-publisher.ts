/**
 * What goes into the highlight registries: every shown mention, or on a page
 * with very many, those of blocks near the viewport (the hit-test index and
 * the popup still know every mention). Also keeps each registry's on/off
 * switch and the stylesheet of each tree that shows a highlight.
 */
import { adoptHighlightStyles, type HighlightRegistry, type StyleScope } from './highlight';
import { afterNextFrame } from '../../schedule/after-next-frame';
import { NEAR_VIEWPORT_ABOVE, PLACED_BLOCKS_PER_FRAME } from '../../schedule/budgets';
import { NearViewport } from './near-viewport';
import type { PageMention } from '../mentions/types';

export type RegistryFactory = (doc: Document) => HighlightRegistry;

export interface PublisherOptions {
  /** Mentions shown before only those near the viewport are registered. */
  nearViewportAbove?: number;
  nearViewport?: (win: Window) => NearViewport;
  /** When new blocks are measured (default: just after the next frame, when the layout is fresh). */
  nextFrame?: (run: () => void) => void;
}

export class HighlightPublisher {
  #registries = new Map<Document, HighlightRegistry>();
  #styles = new Map<StyleScope, () => void>();
  #enabled = true;
  #shownBy = new Map<Node, Set<PageMention>>();
  /**
   * Blocks of the top document's own tree, which follow the viewport (decided when a block's
   * first mention is shown); others are few and always shown.
   */
  #followers = new WeakSet<Node>();
  /** Blocks whose tree has the highlight stylesheet (asked for every mention published). */
  #styledOwners = new WeakSet<Node>();
  /** Blocks whose last shown mention went since the last flush (see `hide`). */
  #emptied = new Set<Node>();
  #count = 0;
  #published = new WeakSet<PageMention>();
  #window: NearViewport | null = null;
  /** Blocks shown since the last frame, to be measured together (one layout, not one per block). */
  #unplaced = new Set<Element>();
  #placing = false;
  readonly #nextFrame: (run: () => void) => void;
  readonly #doc: Document;
  readonly #registryFor: RegistryFactory;
  readonly #limit: number;
  readonly #nearViewport: (win: Window) => NearViewport;

  constructor(doc: Document, registryFor: RegistryFactory, options: PublisherOptions = {}) {
    this.#doc = doc;
    this.#registryFor = registryFor;
    this.#limit = options.nearViewportAbove ?? NEAR_VIEWPORT_ABOVE;
    this.#nearViewport = options.nearViewport ?? ((win) => new NearViewport(win));
    this.#nextFrame =
      options.nextFrame ??
      // Just after a frame the layout is fresh: reading boxes lays nothing out again.
      ((run) => void afterNextFrame(doc).then(run));
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Whether only mentions near the viewport are registered now. */
  get nearViewportOnly(): boolean {
    return this.#window !== null;
  }

  isShown(m: PageMention, owner: Node): boolean {
    return this.#shownBy.get(owner)?.has(m) ?? false;
  }

  show(m: PageMention, owner: Node): void {
    this.showAll(owner, [m]);
  }

  /** Shows new mentions of one block: its bookkeeping once, not once per mention. */
  showAll(owner: Node, mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    let set = this.#shownBy.get(owner);
    const known = set !== undefined;
    if (!set) this.#shownBy.set(owner, (set = new Set()));
    let newFollower = false;
    if (set.size === 0) {
      // A block's first shown mention (again): where it is may have changed since.
      this.#emptied.delete(owner);
      this.#styledOwners.delete(owner);
      const followed = known && this.#followers.has(owner);
      if (this.#inTopTree(owner)) this.#followers.add(owner);
      else this.#followers.delete(owner);
      newFollower = !followed && this.#followers.has(owner);
      if (followed && !this.#followers.has(owner)) this.#window?.forget(owner as Element);
    }
    const before = set.size;
    for (let i = 0; i < mentions.length; i++) set.add(mentions[i]!);
    if (set.size === before) return;
    this.#count += set.size - before;
    if (!this.#window && this.#count > this.#limit) this.#narrow();
    const win = this.#window;
    if (win && this.#followers.has(owner)) {
      const el = owner as Element;
      if (newFollower) this.#placeSoon(el);
      if (!win.has(el)) return;
    }
    for (let i = 0; i < mentions.length; i++) this.#publish(mentions[i]!);
  }

  hide(m: PageMention, owner: Node): void {
    const set = this.#shownBy.get(owner);
    if (!set?.delete(m)) return;
    this.#count--;
    this.#unpublish(m);
    // A rescan empties a block and fills it again at once: it keeps its place until
    // the next flush, so it is not measured again.
    if (set.size === 0) this.#emptied.add(owner);
    // Few enough again (the page dropped most of its text): register them all.
    if (this.#window && this.#count <= this.#limit / 2) this.#widen();
  }

  /** After a scroll or resize: registers what came near, unregisters what went away. */
  followViewport(): void {
    const win = this.#window;
    if (!win) return;
    const { entered, left } = win.update();
    for (const el of left) for (const m of this.#shownBy.get(el) ?? []) this.#unpublish(m);
    for (const el of entered) for (const m of this.#shownBy.get(el) ?? []) this.#publish(m);
  }

  /** A box scrolled inside the page: where its blocks are is measured again. */
  markMoved(): void {
    this.#window?.markStale();
  }

  /** Publishes the highlight changes made since the last flush (see `HighlightRegistry.flush`). */
  flush(): void {
    this.#forgetEmptied();
    for (const registry of this.#registries.values()) registry.flush();
  }

  setEnabled(on: boolean): void {
    this.flush();
    this.#enabled = on;
    for (const registry of this.#registries.values()) registry.setShown(on);
  }

  /** Forgets stylesheets of shadow trees that left the page. */
  sweep(): void {
    for (const scope of this.#styles.keys()) {
      if (scope.nodeType !== Node.DOCUMENT_NODE && !scope.isConnected) {
        this.#styles.delete(scope);
        this.#styledOwners = new WeakSet();
      }
    }
  }

  clear(): void {
    for (const registry of this.#registries.values()) registry.clear();
    for (const remove of this.#styles.values()) remove();
    this.#registries.clear();
    this.#styles.clear();
    this.#shownBy.clear();
    this.#emptied.clear();
    this.#count = 0;
    this.#published = new WeakSet();
    this.#styledOwners = new WeakSet();
    this.#window = null;
    this.#unplaced.clear();
  }

  #inTopTree(owner: Node): boolean {
    return owner.nodeType === Node.ELEMENT_NODE && owner.getRootNode() === this.#doc;
  }

  /** Blocks left without a shown mention since the last flush are followed no more. */
  #forgetEmptied(): void {
    for (const owner of this.#emptied) {
      if (this.#shownBy.get(owner)?.size !== 0) continue;
      this.#shownBy.delete(owner);
      this.#unplaced.delete(owner as Element);
      if (this.#followers.has(owner)) this.#window?.forget(owner as Element);
    }
    this.#emptied.clear();
  }

  #narrow(): void {
    const view = this.#doc.defaultView;
    if (!view) return;
    this.#window = this.#nearViewport(view);
    // What is registered stays until the next frame says which blocks are near.
    for (const owner of this.#shownBy.keys())
      if (this.#followers.has(owner)) this.#placeSoon(owner as Element);
  }

  #placeSoon(el: Element): void {
    this.#unplaced.add(el);
    if (this.#placing) return;
    this.#placing = true;
    this.#nextFrame(() => this.#placeSome());
  }

  /**
   * Measures up to PLACED_BLOCKS_PER_FRAME waiting blocks, shows the near ones, and goes on
   * next frame.
   */
  #placeSome(): void {
    this.#placing = false;
    const win = this.#window;
    if (!win) return;
    const batch: Element[] = [];
    for (const el of this.#unplaced) {
      batch.push(el);
      if (batch.length === PLACED_BLOCKS_PER_FRAME) break;
    }
    for (const el of batch) this.#unplaced.delete(el);
    win.placeEach(batch, (el, near) => {
      for (const m of this.#shownBy.get(el) ?? []) {
        if (near) this.#publish(m);
        else this.#unpublish(m);
      }
    });
    this.flush();
    if (this.#unplaced.size > 0) {
      this.#placing = true;
      this.#nextFrame(() => this.#placeSome());
    }
  }

  #widen(): void {
    this.#window = null;
    this.#unplaced.clear();
    for (const set of this.#shownBy.values()) for (const m of set) this.#publish(m);
  }

  #publish(m: PageMention): void {
    if (this.#published.has(m)) return;
    const node = m.segments[0]?.node;
    const doc = node?.ownerDocument;
    // A frame's document that was unloaded takes no ranges (its records go at the next sweep).
    if (!node || !doc?.defaultView) return;
    this.#published.add(m);
    this.#registryOf(doc).add(m.type, m.range);
    if (this.#styledOwners.has(m.owner)) return;
    this.#styledOwners.add(m.owner);
    const scope = node.getRootNode() as StyleScope;
    if (!this.#styles.has(scope)) this.#styles.set(scope, adoptHighlightStyles(scope));
  }

  #unpublish(m: PageMention): void {
    if (!this.#published.has(m)) return;
    this.#published.delete(m);
    const doc = m.segments[0]?.node.ownerDocument;
    if (doc) this.#registries.get(doc)?.remove(m.type, m.range);
  }

  #registryOf(doc: Document): HighlightRegistry {
    let registry = this.#registries.get(doc);
    if (!registry) {
      registry = this.#registryFor(doc);
      registry.setShown(this.#enabled);
      this.#registries.set(doc, registry);
    }
    return registry;
  }
}
