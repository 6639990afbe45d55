/**
 * The trees inside the page that are scanned as well: open shadow roots, and
 * same-origin frames (each a document of its own; a frame's `load` brings a
 * new one). Each is watched for changes once; a new frame document is
 * scanned whole.
 */
export interface InnerTreeHooks {
  watch(target: Document | ShadowRoot): void;
  scanFrameDocument(doc: Document): void;
  signal: AbortSignal;
}

export class InnerTrees {
  readonly #shadowRoots = new Set<ShadowRoot>();
  readonly #frames = new Set<Element>();
  readonly #frameDocs = new WeakMap<Element, Document>();
  readonly #hooks: InnerTreeHooks;

  constructor(hooks: InnerTreeHooks) {
    this.#hooks = hooks;
  }

  addShadowRoot(root: ShadowRoot): void {
    if (this.#shadowRoots.has(root)) return;
    this.#shadowRoots.add(root);
    this.#hooks.watch(root);
  }

  addFrame(frame: Element): void {
    if (!this.#frames.has(frame)) {
      this.#frames.add(frame);
      frame.addEventListener('load', () => this.#enterFrame(frame), {
        signal: this.#hooks.signal,
      });
    }
    this.#enterFrame(frame);
  }

  /** Those still in the page, for hit-testing. */
  live(): { shadowRoots: ShadowRoot[]; frames: Set<Element> } {
    return {
      shadowRoots: [...this.#shadowRoots].filter((r) => r.isConnected),
      frames: new Set([...this.#frames].filter((f) => f.isConnected)),
    };
  }

  /** Forgets those that left the page. */
  sweep(): void {
    for (const frame of this.#frames) if (!frame.isConnected) this.#frames.delete(frame);
    for (const root of this.#shadowRoots) if (!root.isConnected) this.#shadowRoots.delete(root);
  }

  #enterFrame(frame: Element): void {
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return; // cross-origin
    }
    if (!inner?.body || this.#frameDocs.get(frame) === inner) return;
    this.#frameDocs.set(frame, inner);
    this.#hooks.scanFrameDocument(inner);
  }
}
