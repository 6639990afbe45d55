import { segmentsOf, type TextRun } from './text-map';
import { highlightTypeOf, type Mention, type PageMention } from './types';

type RangeWindow = Window & { StaticRange?: typeof StaticRange };

/**
 * A page mention for `mention` in `run`, or null when it covers no text.
 * Its range is a `StaticRange`: live ranges are updated by the browser on
 * every DOM change of the page, which costs framework-heavy pages time for
 * nothing — changed blocks are rescanned anyway. `liveRangeOf` (hit-test)
 * makes a live one when one is needed for measuring.
 */
export function createPageMention(run: TextRun, mention: Mention): PageMention | null {
  const segments = segmentsOf(run, mention.start, mention.end);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const doc = first?.node.ownerDocument;
  if (!first || !last || !doc) return null;
  const Static = (doc.defaultView as RangeWindow | null)?.StaticRange;
  const bounds = {
    startContainer: first.node,
    startOffset: first.start,
    endContainer: last.node,
    endOffset: last.end,
  };
  // Without StaticRange there is no CSS highlight API either (the registry is
  // then in memory): a plain record of the bounds serves, and costs nothing.
  const range: AbstractRange =
    typeof Static === 'function' ? new Static(bounds) : { ...bounds, collapsed: false };
  return {
    mention,
    type: highlightTypeOf(mention),
    text: run.text.slice(mention.start, mention.end),
    range,
    segments,
    owner: run.owner,
  };
}
