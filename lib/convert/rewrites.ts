/**
 * What the converter wrote into the page, and what was there before: the
 * original and last-written text, only for what it changed. Telling our
 * writes from the page's lets a page rewrite become the new original, and
 * restoring walks the list of what was changed, not the page.
 */
import type { Slicer } from '../schedule/slicer';

interface TextState {
  original: string;
  written: string;
  /** The pass whose list of changed targets holds this node. */
  listed: number;
}

interface ElementState {
  attributes: Map<string, { original: string; written: string }>;
  listed: number;
}

export type Target = Text | Element;

/** Converts an original text; returns it unchanged when there is nothing to convert. */
export type Rewrite = (original: string) => string;

export class Rewrites {
  readonly #texts = new WeakMap<Text, TextState>();
  readonly #elements = new WeakMap<Element, ElementState>();
  /**
   * What we changed, in the order we changed it. Each conversion pass lists
   * anew what it changed, so nodes the page dropped are let go (their state
   * stays with them, should they come back: the mutation that adds them lists
   * them again).
   */
  changed: Target[] = [];
  #pass = 0;

  /** Starts a pass that lists again what it changes; returns where its list starts. */
  beginPass(): number {
    this.#pass++;
    return this.changed.length;
  }

  /** The node's text before we changed it (its text, if we did not). */
  originalOf(node: Text): string {
    return this.#texts.get(node)?.original ?? node.data;
  }

  /** Whether the node shows what we last wrote into it. */
  isOurText(node: Text): boolean {
    return node.data === this.#texts.get(node)?.written;
  }

  isOurAttribute(el: Element, name: string): boolean {
    return el.getAttribute(name) === this.#elements.get(el)?.attributes.get(name)?.written;
  }

  /** Writes `rewrite(original)` into the node; returns what it wrote, or null if unchanged. */
  writeText(node: Text, rewrite: Rewrite): string | null {
    const current = node.data;
    let state = this.#texts.get(node);
    if (state && current !== state.written) {
      // The page wrote this text after us: it is the original now.
      this.#texts.delete(node);
      state = undefined;
    }
    const source = state ? state.original : current;
    const next = rewrite(source);
    if (next === source) {
      if (state) this.#texts.delete(node);
    } else {
      if (!state) this.#texts.set(node, (state = { original: source, written: next, listed: -1 }));
      state.written = next;
      this.#list(state, node);
    }
    if (next === current) return null;
    node.data = next;
    return next;
  }

  writeAttribute(el: Element, name: string, rewrite: Rewrite): string | null {
    const current = el.getAttribute(name);
    let state = this.#elements.get(el);
    let attribute = state?.attributes.get(name);
    if (attribute && current !== attribute.written) {
      state?.attributes.delete(name);
      attribute = undefined;
    }
    if (current === null) return null;
    const source = attribute?.original ?? current;
    const next = rewrite(source);
    if (next === source) {
      state?.attributes.delete(name);
    } else {
      if (!state) this.#elements.set(el, (state = { attributes: new Map(), listed: -1 }));
      state.attributes.set(name, { original: source, written: next });
      this.#list(state, el);
    }
    if (next === current) return null;
    el.setAttribute(name, next);
    return next;
  }

  #list(state: { listed: number }, target: Target): void {
    if (state.listed === this.#pass) return;
    state.listed = this.#pass;
    this.changed.push(target);
  }
}

/**
 * `changed` in the order of `walked` (the page's), so a restore can find what is
 * on screen as a conversion does; nodes the walk did not meet (added while it
 * ran) follow. In slices: a 5 MB page changes some 75 000 nodes.
 */
export async function inDocumentOrder(
  slicer: Slicer,
  changed: readonly Target[],
  walked: readonly Target[],
): Promise<Target[]> {
  const listed = new Set<Target>();
  await slicer.run(changed, (node) => listed.add(node));
  const ordered: Target[] = [];
  await slicer.run(walked, (node) => {
    if (listed.delete(node)) ordered.push(node);
  });
  return [...ordered, ...listed];
}
