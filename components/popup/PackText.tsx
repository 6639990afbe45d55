/**
 * A name or text of the packs inside the popup's own words, with its own `lang`
 * (PackView.langOf), so a screen reader switches voice for it.
 */
import type { NamesView } from '@/lib/popup/pack-view';

export type Props = {
  view: Pick<NamesView, 'langOf'>;
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
