/**
 * What the mention store keeps of a block with mentions (mention-store.ts):
 * its runs and what was found in each, and its page mentions once they are
 * made.
 */
import { spanIsLive, type TextRun } from '../text/text-map';
import type { Mention, PageMention } from './types';

/**
 * A class, not a literal: a page keeps thousands, and the engine switches a literal
 * whose objects survive to old-space allocation mid-scan, throwing away the optimised
 * code that inlined it (`--trace-deopt`).
 */
export class BlockRecord {
  /** The block's runs with mentions, in the order scanned; `found[k]` is what `runs[k]` holds. */
  readonly runs: TextRun[];
  readonly found: (readonly Mention[])[];
  /** Page mentions of the found ones whose text is shown, once made (see MentionStore). */
  made: PageMention[] | null = null;

  /** Made with its first run: most blocks have one (grown by push from empty, room for 17). */
  constructor(run: TextRun, found: readonly Mention[]) {
    this.runs = [run];
    this.found = [found];
  }

  add(run: TextRun, found: readonly Mention[]): void {
    this.runs.push(run);
    this.found.push(found);
  }

  /** Whether the text nodes of everything found are still on a live page (no segment made). */
  isLive(): boolean {
    for (let k = 0; k < this.runs.length; k++) {
      const run = this.runs[k]!;
      for (const m of this.found[k]!) if (!spanIsLive(run, m.start, m.end)) return false;
    }
    return true;
  }
}
