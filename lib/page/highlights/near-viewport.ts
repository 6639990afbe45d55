/**
 * Which blocks are near the viewport, for pages with so many mentions that
 * registering every range would stall the browser: Chromium rebuilds its
 * markers for every registered range at each frame after any DOM change
 * (highlight_registry.cc, ValidateHighlightMarkers), about 9 µs a range here,
 * so 20 000 ranges cost ~0.2 s of paint per change of the page.
 *
 * Blocks are kept in buckets by their position on the page (one viewport
 * high), so a scroll looks at a few buckets, not at every block; what a
 * bucket holds is checked against the block's real position. Positions go
 * stale when the layout moves (the page grows, a box scrolls inside): then
 * every block is placed again.
 */
export interface ViewportMetrics {
  height: number;
  scrollY: number;
  /** Changes when content above may have moved (e.g. `scrollHeight`). */
  layoutKey: number;
}

export interface NearViewportOptions {
  /** Screens above and below the viewport that count as near. */
  screensAround?: number;
  rectOf?: (el: Element) => { top: number; bottom: number };
  metrics?: () => ViewportMetrics;
}

function windowMetrics(win: Window): ViewportMetrics {
  return {
    height: win.innerHeight,
    scrollY: win.scrollY,
    layoutKey: win.document.documentElement.scrollHeight,
  };
}

export class NearViewport {
  readonly #rectOf: (el: Element) => { top: number; bottom: number };
  readonly #metrics: () => ViewportMetrics;
  readonly #screens: number;
  #buckets = new Map<number, Set<Element>>();
  #span = new Map<Element, [number, number]>();
  #inside = new Set<Element>();
  #bucketHeight = 1;
  #layoutKey = NaN;
  #stale = false;

  constructor(win: Window, options: NearViewportOptions = {}) {
    this.#rectOf = options.rectOf ?? ((el) => el.getBoundingClientRect());
    this.#metrics = options.metrics ?? (() => windowMetrics(win));
    this.#screens = options.screensAround ?? 1.5;
  }

  /** Whether `el` is near the viewport (as of the last `place` or `update`). */
  has(el: Element): boolean {
    return this.#inside.has(el);
  }

  /**
   * Starts following each block; `onPlaced` says whether it is near the viewport now.
   * Returns whether every block lay below the near part of the page.
   */
  placeEach(els: Iterable<Element>, onPlaced: (el: Element, near: boolean) => void): boolean {
    // One read of the page's metrics for the batch: scrollHeight may lay the page out.
    const m = this.#measure();
    // The first blocks set the layout they were measured in; a later change makes all stale.
    if (this.#span.size === 0) this.#layoutKey = m.layoutKey;
    else if (m.layoutKey !== this.#layoutKey) this.#stale = true;
    const margin = this.#screens * m.height;
    let allBelow = true;
    for (const el of els) {
      // Each read of a DOMRect's side is a call into the DOM: once each.
      const { top, bottom } = this.#rectOf(el);
      this.#putInBuckets(el, top + m.scrollY, bottom + m.scrollY);
      const near = bottom > -margin && top < m.height + margin;
      if (near) this.#inside.add(el);
      else this.#inside.delete(el);
      if (top < m.height + margin) allBelow = false;
      onPlaced(el, near);
    }
    return allBelow;
  }

  /** Starts following `el`; returns whether it is near the viewport now. */
  place(el: Element): boolean {
    let near = false;
    this.placeEach([el], (_, n) => (near = n));
    return near;
  }

  forget(el: Element): void {
    this.#takeOutOfBuckets(el);
    this.#inside.delete(el);
  }

  /** After a box scrolled inside the page: positions in it are no longer known. */
  markStale(): void {
    this.#stale = true;
  }

  /** What came near and what went away since the last call. */
  update(): { entered: Element[]; left: Element[] } {
    const m = this.#measure();
    const candidates = new Set<Element>();
    if (this.#stale || m.layoutKey !== this.#layoutKey) {
      this.#layoutKey = m.layoutKey;
      this.#stale = false;
      for (const el of [...this.#span.keys()]) {
        const rect = this.#rectOf(el);
        this.#putInBuckets(el, rect.top + m.scrollY, rect.bottom + m.scrollY);
      }
    }
    const margin = this.#screens * m.height;
    const first = Math.floor((m.scrollY - margin) / this.#bucketHeight);
    const last = Math.floor((m.scrollY + m.height + margin) / this.#bucketHeight);
    for (let b = first; b <= last; b++)
      for (const el of this.#buckets.get(b) ?? []) candidates.add(el);
    const entered: Element[] = [];
    const left: Element[] = [];
    const now = new Set<Element>();
    for (const el of candidates) if (this.#isNear(this.#rectOf(el), m)) now.add(el);
    for (const el of now) if (!this.#inside.has(el)) entered.push(el);
    for (const el of this.#inside) if (!now.has(el)) left.push(el);
    this.#inside = now;
    return { entered, left };
  }

  #measure(): ViewportMetrics {
    const m = this.#metrics();
    const height = Math.max(200, m.height);
    if (height !== this.#bucketHeight) {
      this.#bucketHeight = height;
      this.#stale = this.#span.size > 0;
    }
    return m;
  }

  #isNear(rect: { top: number; bottom: number }, m: ViewportMetrics): boolean {
    const margin = this.#screens * m.height;
    return rect.bottom > -margin && rect.top < m.height + margin;
  }

  #putInBuckets(el: Element, top: number, bottom: number): void {
    this.#takeOutOfBuckets(el);
    const first = Math.floor(top / this.#bucketHeight);
    // A block taller than a screen is in every bucket it spans.
    const last = Math.max(first, Math.floor(bottom / this.#bucketHeight));
    this.#span.set(el, [first, last]);
    for (let b = first; b <= last; b++) {
      let set = this.#buckets.get(b);
      if (!set) this.#buckets.set(b, (set = new Set()));
      set.add(el);
    }
  }

  #takeOutOfBuckets(el: Element): void {
    const span = this.#span.get(el);
    if (!span) return;
    this.#span.delete(el);
    for (let b = span[0]; b <= span[1]; b++) {
      const set = this.#buckets.get(b);
      set?.delete(el);
      if (set?.size === 0) this.#buckets.delete(b);
    }
  }
}
