/**
 * Whether a found mention's text is shown on the page: asked of each parent
 * element of its text nodes (computed style: `isShown` in lib/dom/rules.ts),
 * once per element for one scan job.
 */
import type { PageMention } from './types';

export function createShownCheck(
  isVisible: (el: Element) => boolean,
): (pm: PageMention) => boolean {
  const byParent = new Map<Element, boolean>();
  // A run's mentions mostly sit in one text node: the last answer is asked again first.
  let lastNode: Text | null = null;
  let lastShown = false;
  return (pm) => {
    const { segments } = pm;
    for (let i = 0; i < segments.length; i++) {
      const node = segments[i]!.node;
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
