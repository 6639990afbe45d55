/**
 * Whether a found mention's text is shown on the page: asked of each parent
 * element of its text nodes (computed style: `isShown` in lib/dom/rules.ts),
 * once per element for one scan job. Asked of the run's nodes, before the
 * mention makes its segments (most never need them).
 */
import { nodeEndAt, nodeIndexAt, type TextRun } from '../text/text-map';

export type ShownCheck = (run: TextRun, start: number, end: number) => boolean;

export function createShownCheck(isVisible: (el: Element) => boolean): ShownCheck {
  const byParent = new Map<Element, boolean>();
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
      let visible = parent ? byParent.get(parent) : false;
      if (visible === undefined) byParent.set(parent!, (visible = isVisible(parent!)));
      lastNode = node;
      lastShown = visible;
      if (!visible) return false;
    }
    return true;
  };
}
