/**
 * A mention as the page holds it (PageMention): found in a run of text nodes,
 * its segments, text and range worked out from that run when first asked for.
 */
import { isSpanOf, segmentsOf, spanIsLive, type TextRun } from '../text/text-map';
import {
  highlightTypeOf,
  type HighlightType,
  type Mention,
  type PageMention,
  type Segment,
} from './types';

type RangeWindow = Window & { StaticRange?: typeof StaticRange };

/**
 * A mention found in a run. It keeps the run (which its block's other mentions
 * share) and makes nothing else until asked: on a long page only the mentions
 * near the viewport are registered (highlight-publisher.ts), and most of the
 * others never need their segments, range or text. Made at once, those were
 * an array, a segment and a string per mention: a first load of the bench's
 * 1 MB page allocated 13.6 MB with them, 12.1 without (sampled heap profile).
 */
class ScannedMention implements PageMention {
  readonly type: HighlightType;
  readonly #run: TextRun;
  #segments: readonly Segment[] | null = null;
  #range: AbstractRange | null = null;

  constructor(
    readonly mention: Mention,
    run: TextRun,
  ) {
    this.type = highlightTypeOf(mention);
    this.#run = run;
  }

  get owner(): Node {
    return this.#run.owner;
  }

  get text(): string {
    return this.#run.text.slice(this.mention.start, this.mention.end);
  }

  get segments(): readonly Segment[] {
    return (this.#segments ??= segmentsOf(this.#run, this.mention.start, this.mention.end));
  }

  get range(): AbstractRange {
    return (this.#range ??= rangeOver(this.segments));
  }

  isLive(): boolean {
    return spanIsLive(this.#run, this.mention.start, this.mention.end);
  }
}

/**
 * A `StaticRange` over the segments: live ranges are updated by the browser
 * on every DOM change of the page, which costs framework-heavy pages time for
 * nothing — changed blocks are rescanned anyway. `liveRangeOf` (hit-test)
 * makes a live one when one is needed for measuring.
 */
function rangeOver(segments: readonly Segment[]): AbstractRange {
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const Static = (first.node.ownerDocument.defaultView as RangeWindow | null)?.StaticRange;
  const bounds = {
    startContainer: first.node,
    startOffset: first.start,
    endContainer: last.node,
    endOffset: last.end,
  };
  // Without StaticRange there is no CSS highlight API either (the registry is
  // then in memory): a plain record of the bounds serves, and costs nothing.
  return typeof Static === 'function' ? new Static(bounds) : { ...bounds, collapsed: false };
}

/** A page mention for `mention` in `run`, or null when it covers no text. */
export function createPageMention(run: TextRun, mention: Mention): PageMention | null {
  return isSpanOf(run, mention.start, mention.end) ? new ScannedMention(mention, run) : null;
}
