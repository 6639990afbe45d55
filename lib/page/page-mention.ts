import { segmentsOf, type TextRun } from './text-map';
import { highlightTypeOf, type Mention, type PageMention } from './types';

type RangeWindow = Window & { StaticRange?: typeof StaticRange };

/**
 * A page mention for `mention` in `run`, or null when it covers no text.
 * Its range is a `StaticRange` where the browser has one: live ranges are
 * updated by the browser on every DOM change of the page, which costs
 * framework-heavy pages time for nothing — we rescan changed blocks anyway.
 */
export function createPageMention(run: TextRun, mention: Mention): PageMention | null {
  const segments = segmentsOf(run, mention.start, mention.end);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const doc = first?.node.ownerDocument;
  if (!first || !last || !doc) return null;
  const Static = (doc.defaultView as RangeWindow | null)?.StaticRange;
  let range: AbstractRange;
  if (typeof Static === 'function') {
    range = new Static({
      startContainer: first.node,
      startOffset: first.start,
      endContainer: last.node,
      endOffset: last.end,
    });
  } else {
    const live = doc.createRange();
    live.setStart(first.node, first.start);
    live.setEnd(last.node, last.end);
    range = live;
  }
  return {
    mention,
    type: highlightTypeOf(mention),
    text: run.text.slice(mention.start, mention.end),
    range,
    segments,
    owner: run.owner,
  };
}
