/**
 * A name or text of the packs inside the popup's own words, with its own `lang`
 * (PackView.langOf), so a screen reader switches voice for it.
 */
import type { PackView } from '@/lib/popup/pack-view';

export type Props = {
  view: PackView;
  children: string;
  class?: string;
};

export function PackText({ view, children, class: className }: Props) {
  return (
    <span class={className} lang={view.langOf(children)}>
      {children}
    </span>
  );
}
