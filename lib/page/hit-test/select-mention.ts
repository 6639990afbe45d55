/**
 * Takes the reader to a mention: scrolls it to the middle of the view when it
 * is not in view (smoothly, unless the reader prefers reduced motion) and
 * selects its text, which is the visible flash and what screen readers follow.
 * Returns the live range selected, or null when the mention left the page.
 */
import { liveRangeOf } from './hit-test';
import type { PageMention } from '../mentions/types';

export function selectMention(doc: Document, pm: PageMention): Range | null {
  const range = liveRangeOf(pm);
  if (!range) return null;
  const view = doc.defaultView;
  const box = range.getBoundingClientRect?.();
  const inView = view !== null && box !== undefined && box.bottom > 0 && box.top < view.innerHeight;
  if (!inView) {
    const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView?.({
      block: 'center',
      behavior: reduce ? 'auto' : 'smooth',
    });
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range.cloneRange());
  return range;
}
