/**
 * When the blocks that follow the viewport are measured (highlight-publisher.ts):
 * together, just after a frame, when the layout is fresh (one layout, not one
 * per block), PLACED_BLOCKS_PER_FRAME a frame. Once a batch lay wholly below the
 * near part of the page, the blocks shown next are far too (a scan goes on down
 * the page), and wait for an idle moment: while a long page is scanned that is
 * thousands of boxes (~4 µs each), which would lengthen its scan.
 *
 * While the highlights are off (a conversion rewrites the page) nothing is measured:
 * the page changes at every frame then, and each measuring laid the 5 MB bench page
 * out again inside our task (11–35 ms). What waits is measured once they are back.
 */
import { PLACED_BLOCKS_PER_FRAME } from '../../schedule/budgets';

export interface PlacementTiming {
  /** Just after the next frame. */
  nextFrame: (run: () => void) => void;
  /** At an idle moment (the frame is waited for after it). */
  idle: (run: () => void) => void;
}

/** Measures a batch; returns whether every block of it lay below the near part of the page. */
export type PlaceBatch = (batch: readonly Element[]) => boolean;

export class PlacementQueue {
  #waiting = new Set<Element>();
  /** Whether the next batch waits for the next frame, or for an idle moment first. */
  #scheduled: 'frame' | 'idle' | null = null;
  #farAhead = false;
  #held = false;
  readonly #timing: PlacementTiming;
  readonly #place: PlaceBatch;

  constructor(timing: PlacementTiming, place: PlaceBatch) {
    this.#timing = timing;
    this.#place = place;
  }

  add(el: Element): void {
    this.#waiting.add(el);
    this.#schedule();
  }

  delete(el: Element): void {
    this.#waiting.delete(el);
  }

  /** The reader moved (or the blocks are new): what waits may be near, so it is measured soon. */
  soon(): void {
    this.#farAhead = false;
    this.#schedule();
  }

  clear(): void {
    this.#waiting.clear();
    this.#farAhead = false;
  }

  /** Holds the measuring (`true`) until released (`false`), when what waits is measured soon. */
  hold(held: boolean): void {
    if (held === this.#held) return;
    this.#held = held;
    if (!held) this.soon();
  }

  #schedule(): void {
    if (this.#held || this.#waiting.size === 0 || this.#scheduled === 'frame') return;
    if (this.#farAhead) {
      if (this.#scheduled === 'idle') return;
      this.#scheduled = 'idle';
      this.#timing.idle(() => {
        // Asked for sooner meanwhile: that one measures what was waiting.
        if (this.#scheduled !== 'idle') return;
        this.#scheduled = null;
        if (this.#held) return;
        this.#scheduled = 'frame';
        this.#timing.nextFrame(() => this.#placeSome());
      });
      return;
    }
    this.#scheduled = 'frame';
    this.#timing.nextFrame(() => this.#placeSome());
  }

  #placeSome(): void {
    this.#scheduled = null;
    if (this.#held) return;
    const batch: Element[] = [];
    for (const el of this.#waiting) {
      batch.push(el);
      if (batch.length === PLACED_BLOCKS_PER_FRAME) break;
    }
    if (batch.length === 0) return;
    if (batch.length === this.#waiting.size) this.#waiting.clear();
    else for (const el of batch) this.#waiting.delete(el);
    this.#farAhead = this.#place(batch);
    this.#schedule();
  }
}
