import { composedAncestors } from './blocks';
import type { EvidenceTracker } from './evidence';
import { adoptHighlightStyles, type HighlightRegistry } from './highlight';
import { MentionIndex } from './mention-index';
import type { PageMention } from './types';

export type RegistryFactory = (doc: Document) => HighlightRegistry;

type StyleScope = Document | ShadowRoot;

/**
 * Everything the annotator keeps about found mentions: per block (owner) its
 * mentions, the hit-test index, the highlight registry of each document and
 * the stylesheet of each tree that shows a highlight. Only blocks that hold
 * mentions have a record, and a record goes when its block goes.
 */
export class MentionStore {
  readonly index = new MentionIndex();
  #records = new Map<Node, PageMention[]>();
  /** Owners whose tree is not their document's (shadow roots and what is inside them). */
  #elsewhere = new Set<Node>();
  #ambiguous = new Set<PageMention>();
  #shown = new WeakSet<PageMention>();
  #registries = new Map<Document, HighlightRegistry>();
  #styles = new Map<StyleScope, () => void>();
  #enabled = true;
  readonly #registryFor: RegistryFactory;
  readonly #evidence: EvidenceTracker;

  constructor(registryFor: RegistryFactory, evidence: EvidenceTracker) {
    this.#registryFor = registryFor;
    this.#evidence = evidence;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  owners(): IterableIterator<Node> {
    return this.#records.keys();
  }

  /**
   * Owners inside `root` (or `root` itself), across shadow roots. Asked for every
   * block rescanned, so it must not cost a pass over all records: owners in
   * `root`'s own tree are found by walking `root`'s subtree, and only owners in
   * other trees (shadow roots, frames), which are few, are checked one by one.
   */
  ownersUnder(root: Node): Node[] {
    const out: Node[] = [];
    const tree = root.getRootNode();
    if (this.#records.has(root)) out.push(root);
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (doc && this.#records.size > 0) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (this.#records.has(node)) out.push(node);
      }
    }
    for (const owner of this.#elsewhere) {
      if (owner === root || owner.getRootNode() === tree) continue;
      for (const a of composedAncestors(owner)) {
        if (a === root) {
          out.push(owner);
          break;
        }
      }
    }
    return out;
  }

  add(owner: Node, mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    let list = this.#records.get(owner);
    if (!list) {
      this.#records.set(owner, (list = []));
      if (owner.getRootNode().nodeType !== Node.DOCUMENT_NODE) this.#elsewhere.add(owner);
    }
    for (const m of mentions) {
      list.push(m);
      if (m.mention.kind === 'entity') {
        this.#evidence.count(m.mention, 1);
        if (m.mention.ambiguous) {
          this.#ambiguous.add(m);
          if (!this.#evidence.shows(m.mention)) continue;
        }
      }
      this.#show(m);
    }
  }

  drop(owner: Node): void {
    const list = this.#records.get(owner);
    if (!list) return;
    this.#records.delete(owner);
    this.#elsewhere.delete(owner);
    for (const m of list) {
      if (m.mention.kind === 'entity') this.#evidence.count(m.mention, -1);
      this.#ambiguous.delete(m);
      this.#hide(m);
    }
  }

  /** Drops records whose block or text has left the page (or whose document was unloaded). */
  sweep(): void {
    for (const [owner, list] of this.#records) {
      const live = isLive(owner) && list.every((m) => m.segments.every((s) => isLive(s.node)));
      if (!live) this.drop(owner);
    }
    for (const scope of this.#styles.keys()) {
      if (scope.nodeType !== Node.DOCUMENT_NODE && !scope.isConnected) this.#styles.delete(scope);
    }
  }

  /** After a change in which entities are mentioned, shows or hides ambiguous mentions. */
  settleEvidence(): void {
    if (!this.#evidence.takeChanged()) return;
    for (const m of this.#ambiguous) {
      const show = m.mention.kind === 'entity' && this.#evidence.shows(m.mention);
      if (show && !this.#shown.has(m)) this.#show(m);
      else if (!show && this.#shown.has(m)) this.#hide(m);
    }
  }

  /** Publishes the highlight changes made since the last flush (see `HighlightRegistry.flush`). */
  flush(): void {
    for (const registry of this.#registries.values()) registry.flush();
  }

  setEnabled(on: boolean): void {
    this.flush();
    this.#enabled = on;
    for (const registry of this.#registries.values()) registry.setShown(on);
  }

  /** Removes every highlight, stylesheet and record. */
  clear(): void {
    for (const registry of this.#registries.values()) registry.clear();
    for (const remove of this.#styles.values()) remove();
    this.#registries.clear();
    this.#styles.clear();
    for (const owner of [...this.#records.keys()]) this.drop(owner);
  }

  #show(m: PageMention): void {
    const node = m.segments[0]?.node;
    const doc = node?.ownerDocument;
    if (!node || !doc) return;
    this.#shown.add(m);
    this.index.add(m);
    this.#registryOf(doc).add(m.type, m.range);
    const scope = node.getRootNode() as StyleScope;
    if (!this.#styles.has(scope)) this.#styles.set(scope, adoptHighlightStyles(scope));
  }

  #hide(m: PageMention): void {
    if (!this.#shown.has(m)) return;
    this.#shown.delete(m);
    this.index.remove(m);
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

function isLive(node: Node): boolean {
  return node.isConnected && node.ownerDocument?.defaultView != null;
}
