/**
 * Writes paced by the page's renderings. The page lays out, at its next
 * frame, all the text written since the last one: once a frame's worth
 * (WRITTEN_CHARS_PER_FRAME) is written, the next yield waits for that frame
 * rather than for a plain task, so the layout comes a part at a time.
 */
import { WRITTEN_CHARS_PER_FRAME } from './budgets';
import type { YieldToPage } from './yield-to-page';

export class RenderPacer {
  /** Characters written since the page last rendered (as far as we waited for it). */
  #unrendered = 0;
  readonly #yieldToPage: YieldToPage;
  readonly #waitForFrame: YieldToPage;

  constructor(yieldToPage: YieldToPage, waitForFrame: YieldToPage) {
    this.#yieldToPage = yieldToPage;
    this.#waitForFrame = waitForFrame;
  }

  wrote(chars: number): void {
    this.#unrendered += chars;
  }

  /** A frame's worth is written: the slice should end now, whatever its budget says. */
  get frameFull(): boolean {
    return this.#unrendered >= WRITTEN_CHARS_PER_FRAME;
  }

  /** The yield between two slices: for a frame once a frame's worth is written, else a task. */
  readonly yield: YieldToPage = () => {
    if (!this.frameFull) return this.#yieldToPage();
    this.#unrendered = 0;
    return this.#waitForFrame();
  };

  /** Waits until what was written has been rendered (at once when nothing was). */
  async rendered(): Promise<void> {
    if (this.#unrendered === 0) return;
    this.#unrendered = 0;
    await this.#waitForFrame();
  }
}
