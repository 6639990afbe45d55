/**
 * What the page shows, counted once per change of its mentions (the tally is
 * page-summary.ts's). On a long page the count takes tens of milliseconds (a
 * 5 MB page holds ~90 000 mentions), so it never runs in one task: in idle
 * slices once a scan is over (`advance`), or in task-sized slices at once when a
 * question cannot wait (`finish`).
 */
import type { PageMention } from '../page';
import { URGENT_COUNT_SLICE_MS } from '../schedule/budgets';
import { yieldToPage as defaultYield, type YieldToPage } from '../schedule/yield-to-page';
import { MentionTally, type NamesOf, type PageFound } from './page-summary';

/** Mentions tallied between two readings of the clock (a tally is well under a microsecond). */
const MENTIONS_PER_CLOCK_READ = 256;

interface CountUnderWay {
  /** The change of the mentions it began after. */
  at: number;
  tally: MentionTally;
  mentions: Iterator<PageMention>;
}

export class MentionCount {
  #found: PageFound | null = null;
  #changes = 0;
  #underWay: CountUnderWay | null = null;
  readonly #mentions: () => Iterable<PageMention>;
  readonly #namesOf: NamesOf;
  readonly #yield: YieldToPage;

  constructor(mentions: () => Iterable<PageMention>, namesOf: NamesOf, yieldToPage = defaultYield) {
    this.#mentions = mentions;
    this.#namesOf = namesOf;
    this.#yield = yieldToPage;
  }

  /** The mentions changed: a count under way starts again, a finished one is void. */
  changed(): void {
    this.#found = null;
    this.#changes++;
  }

  /** The count of the mentions as they are, once done. */
  get found(): PageFound | null {
    return this.#found;
  }

  /**
   * Counts on while `hasTime()` says so; true once the count is done. A count begun before
   * the mentions changed starts again.
   */
  advance(hasTime: () => boolean): boolean {
    if (this.#found) return true;
    if (this.#underWay?.at !== this.#changes) this.#underWay = this.#begin();
    if (!tallyOn(this.#underWay, hasTime)) return false;
    this.#found = this.#underWay.tally.result();
    this.#underWay = null;
    return true;
  }

  /**
   * The count, done now in slices of URGENT_COUNT_SLICE_MS with the page's turn between
   * them (idle slices meanwhile carry the same count on). A change meanwhile does not start
   * it again, or a page that changes all the time would never be answered: mentions added
   * are counted if the walk has not passed them yet, and the answer is not kept.
   */
  async finish(signal?: AbortSignal): Promise<PageFound> {
    if (this.#found) return this.#found;
    if (this.#underWay?.at !== this.#changes) this.#underWay = this.#begin();
    const counting = this.#underWay;
    for (;;) {
      const until = performance.now() + URGENT_COUNT_SLICE_MS;
      if (tallyOn(counting, () => performance.now() < until)) break;
      await this.#yield();
      signal?.throwIfAborted();
    }
    const found = counting.tally.result();
    if (this.#underWay === counting) this.#underWay = null;
    if (counting.at === this.#changes) this.#found = found;
    return found;
  }

  #begin(): CountUnderWay {
    return {
      at: this.#changes,
      tally: new MentionTally(this.#namesOf),
      mentions: this.#mentions()[Symbol.iterator](),
    };
  }
}

/** Tallies the count's mentions while `hasTime()` says so; true once all are tallied. */
function tallyOn({ tally, mentions }: CountUnderWay, hasTime: () => boolean): boolean {
  for (let n = 1, next = mentions.next(); !next.done; n++, next = mentions.next()) {
    tally.add(next.value);
    if (n % MENTIONS_PER_CLOCK_READ === 0 && !hasTime()) return false;
  }
  return true;
}
