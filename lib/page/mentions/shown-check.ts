/**
 * Whether a found mention's text is shown on the page: asked of each parent
 * element of its text nodes (computed style: `isShown` in lib/dom/rules.ts).
 * Asked of the run's nodes, before the mention makes its segments (most never
 * need them). The scan reads the page in order, so an element's text comes in
 * one stretch, or a few around its inline children: the last few answers are
 * kept, not one per element of the job (a long page's thousands of blocks made
 * a map of thousands, grown and dropped at every job).
 */
import { nodeEndAt, nodeIndexAt, type TextRun } from '../text/text-map';

export type ShownCheck = (run: TextRun, start: number, end: number) => boolean;

/** How many answers are kept: a block, its inline children and theirs. */
const RECENT = 4;

export function createShownCheck(isVisible: (el: Element) => boolean): ShownCheck {
  const recentParents: (Element | null)[] = new Array<Element | null>(RECENT).fill(null);
  const recentAnswers: boolean[] = new Array<boolean>(RECENT).fill(false);
  let next = 0;
  const parentShown = (parent: Element): boolean => {
    for (let k = 0; k < RECENT; k++) if (recentParents[k] === parent) return recentAnswers[k]!;
    const visible = isVisible(parent);
    recentParents[next] = parent;
    recentAnswers[next] = visible;
    next = (next + 1) % RECENT;
    return visible;
  };
  // A run's mentions mostly sit in one text node: the last answer is asked again first.
  let lastNode: Text | null = null;
  let lastShown = false;
  return (run, start, end) => {
    const { nodes, starts } = run;
    for (let i = nodeIndexAt(run, start); i < nodes.length && starts[i]! < end; i++) {
      // An empty node holds none of the mention's text.
      if (nodeEndAt(run, i) === starts[i]) continue;
      const node = nodes[i]!;
      if (node === lastNode) {
        if (!lastShown) return false;
        continue;
      }
      const parent = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
      const visible = parent ? parentShown(parent) : false;
      lastNode = node;
      lastShown = visible;
      if (!visible) return false;
    }
    return true;
  };
}
