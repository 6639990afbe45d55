/**
 * A mention as the page holds it (PageMention): its segments over the run's text
 * nodes, and a range made only when one is asked for.
 */
import { segmentsOf, type TextRun } from '../text/text-map';
import {
  highlightTypeOf,
  type HighlightType,
  type Mention,
  type PageMention,
  type Segment,
} from './types';

type RangeWindow = Window & { StaticRange?: typeof StaticRange };

/**
 * A mention found in a run. Its range is made on first use: on a long page
 * only the mentions near the viewport are registered (highlight-publisher.ts),
 * and most of the others never need one.
 */
class ScannedMention implements PageMention {
  readonly type: HighlightType;
  readonly text: string;
  #range: AbstractRange | null = null;

  constructor(
    readonly mention: Mention,
    run: TextRun,
    readonly segments: readonly Segment[],
    readonly owner: Node,
  ) {
    this.type = highlightTypeOf(mention);
    this.text = run.text.slice(mention.start, mention.end);
  }

  get range(): AbstractRange {
    return (this.#range ??= rangeOver(this.segments));
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
  const segments = segmentsOf(run, mention.start, mention.end);
  if (segments.length === 0) return null;
  return new ScannedMention(mention, run, segments, run.owner);
}
