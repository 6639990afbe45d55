/**
 * The dialog every hover card is drawn in: one labelled, focusable box with a
 * close button (and, shown only as a sheet on a narrow screen, a grab handle).
 */
import type { ComponentChildren } from 'preact';
import { useT } from '../common/useT';

export type Props = {
  /** The accessible name: the entity's name (or the figure) in the shown script. */
  label: string;
  /** `data-entity` or `data-figure` on the dialog (the public contract). */
  entityId?: string;
  figureKind?: string;
  lang: string;
  theme: 'dark' | undefined;
  onClose: () => void;
  children: ComponentChildren;
};

export function CardShell({ label, entityId, figureKind, lang, theme, onClose, children }: Props) {
  const t = useT();
  return (
    <div
      class="card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      lang={lang}
      data-entity={entityId}
      data-figure={figureKind}
      data-theme={theme}
      data-placed="false"
    >
      {/* A sheet's grab handle (place-sheet.ts); hidden on the floating card. */}
      <div class="grab" aria-hidden="true" />
      <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}
