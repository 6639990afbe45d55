/**
 * The hover card opened on a highlighted name or figure of a page, drawn in its
 * shadow root by lib/card/card-ui.tsx: an entity's, a figure's or a notice, in
 * its labelled dialog.
 */
import type { CardView } from '@/lib/card/types';
import { useT } from '../common/useT';
import { CardShell } from './CardShell';
import { EntityCard } from './EntityCard';
import { FigureCard, figureHeadline } from './FigureCard';

export type Props = {
  view: CardView;
  theme: 'dark' | undefined;
  onClose: () => void;
  onOpenEntity: (entityId: string) => void;
};

export function Card({ view, theme, onClose, onOpenEntity }: Props) {
  const t = useT();
  if (view.kind === 'notice') {
    return (
      <CardShell label={view.text} lang="" theme={theme} onClose={onClose}>
        <p class="notice">{view.text}</p>
      </CardShell>
    );
  }
  if (view.kind === 'entity') {
    return (
      <CardShell
        label={view.name}
        entityId={view.id}
        lang={view.lang}
        theme={theme}
        onClose={onClose}
      >
        <EntityCard view={view} onOpenEntity={onOpenEntity} />
      </CardShell>
    );
  }
  const headline = figureHeadline(view, t);
  const label = view.known
    ? `${headline} · ${view.known.entityName} ${view.known.metric}`
    : headline;
  return (
    <CardShell
      label={label}
      figureKind={view.figureKind}
      lang={view.lang}
      theme={theme}
      onClose={onClose}
    >
      <FigureCard view={view} onOpenEntity={onOpenEntity} />
    </CardShell>
  );
}
