/**
 * From mutation records to the blocks to read again: the block roots a batch of
 * records touched (only the outermost need a scan), and the observer options
 * that report every change to the page's visible text.
 */
import { composedParent, isBlockElement, isInsideSkipped, type IsOwnUi } from '../../dom/rules';
import { blockRootOf } from './blocks';

/** Attributes that can hide or reveal text, or make it editable. */
const WATCHED_ATTRIBUTES = ['hidden', 'class', 'style', 'contenteditable'];

export const OBSERVER_INIT: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

export type BlockRoot = Element | ShadowRoot;

export interface MutationSummary {
  /** Block roots whose text may have changed. */
  roots: Set<BlockRoot>;
  /** Blocks among `roots` that were just added: nothing of theirs is recorded under another owner. */
  added: Set<Element>;
  /** Some nodes were removed: records may point at detached text. */
  removed: boolean;
}

/**
 * The block roots touched by a batch of mutation records. Cheap per record:
 * a walk up to the nearest block. `class`/`style` changes count only when
 * they change whether the element is visible (`wasVisible` remembers it).
 */
export function summarizeMutations(
  records: Iterable<MutationRecord>,
  wasVisible: WeakMap<Element, boolean>,
  isVisible: (el: Element) => boolean,
  isOwnUi: IsOwnUi,
): MutationSummary {
  const roots = new Set<BlockRoot>();
  const addedBlocks = new Set<Element>();
  let removed = false;
  const rootOf = cachedRootOf(isOwnUi);
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      const name = record.attributeName ?? '';
      if (name.startsWith('data-pangzhu-') || target.nodeType !== Node.ELEMENT_NODE) continue;
      if (name === 'class' || name === 'style') {
        const el = target as Element;
        const visible = isVisible(el);
        const before = wasVisible.get(el);
        wasVisible.set(el, visible);
        if (before === visible) continue;
      }
    }
    if (record.type === 'childList') {
      if (record.removedNodes.length > 0) removed = true;
      const added = [...record.addedNodes];
      const changed = [...added, ...record.removedNodes];
      // Our own UI coming and going changes no page text.
      if (changed.every((n) => isOwnUiNode(n, isOwnUi) || isBlank(n))) continue;
      // Blocks added or removed between blocks leave their neighbours' runs as they were
      // (infinite scroll): scan only what was added, not the whole container.
      if (changed.every((n) => isBlockNode(n) || isBlank(n))) {
        for (const n of added) {
          if (!isBlockNode(n)) continue;
          roots.add(n as Element);
          addedBlocks.add(n as Element);
        }
        continue;
      }
    }
    // An element that turns hidden (or visible) changes the runs of the block around it.
    const base = record.type === 'attributes' ? (target.parentNode ?? target) : target;
    const root = rootOf(base);
    if (root) roots.add(root);
  }
  return { roots, added: addedBlocks, removed };
}

function isOwnUiNode(node: Node, isOwnUi: IsOwnUi): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnUi(node as Element);
}

function isBlockNode(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isBlockElement(node as Element);
}

function isBlank(node: Node): boolean {
  return (
    node.nodeType === Node.COMMENT_NODE ||
    (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() === '')
  );
}

/** Drops roots that sit inside another root of the set (scanning the outer one covers them). */
export function outermostRoots(roots: Iterable<BlockRoot>): BlockRoot[] {
  const set = new Set(roots);
  // Per ancestor, whether it or one above it is in `set`: a conversion's thousands of
  // blocks share their ancestors, so each is looked at once.
  const covered = new Map<Node, boolean>();
  const isCovered = (root: Node): boolean => {
    const chain: Node[] = [];
    let answer = false;
    for (let n = composedParent(root); n; n = composedParent(n)) {
      const known = covered.get(n);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(n);
      if (set.has(n as BlockRoot)) {
        answer = true;
        break;
      }
    }
    // Below a member every ancestor on the way is covered; with none, none is.
    for (const n of chain) covered.set(n, answer);
    return answer;
  };
  return [...set].filter((root) => !isCovered(root));
}

/**
 * `blockRootOf`, remembered per text's parent: texts changed together (a
 * framework re-rendering a list, a conversion: thousands) share their parents,
 * so each is walked up from once. With `isOwnUi`, a node inside a skipped
 * subtree has no root.
 */
function cachedRootOf(isOwnUi?: IsOwnUi): (node: Node) => BlockRoot | null {
  const rootUnder = new Map<Node, BlockRoot | null>();
  return (node) => {
    const parent = node.nodeType === Node.TEXT_NODE ? node.parentNode : null;
    const known = parent ? rootUnder.get(parent) : undefined;
    if (known !== undefined) return known;
    const root = isOwnUi && isInsideSkipped(node, 'annotation', isOwnUi) ? null : blockRootOf(node);
    if (parent) rootUnder.set(parent, root);
    return root;
  };
}

/** The blocks holding `nodes` (a document stands for its body). */
export function blockRootsOf(nodes: Iterable<Node>): Set<BlockRoot> {
  const rootOf = cachedRootOf();
  const roots = new Set<BlockRoot>();
  for (const node of nodes) {
    const root = rootOf(node);
    if (root) roots.add(root);
  }
  return roots;
}
