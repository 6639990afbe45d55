/**
 * On the options page, how each kind of mention is marked on pages: underline,
 * tint or not at all.
 */
import type { MessageKey } from '@/lib/i18n';
import {
  HIGHLIGHT_KINDS,
  HIGHLIGHT_STYLES,
  type HighlightKind,
  type HighlightStyle,
} from '@/lib/settings/settings';
import { useT } from '../common/useT';
import { TYPE_LABEL_KEYS } from '../common/type-labels';

export type Props = {
  styles: Record<HighlightKind, HighlightStyle>;
  onChange: (kind: HighlightKind, style: HighlightStyle) => void;
};

const KIND_LABELS: Record<HighlightKind, MessageKey> = {
  ...TYPE_LABEL_KEYS,
  figure: 'common_figures',
};

const STYLE_LABELS: Record<HighlightStyle, MessageKey> = {
  underline: 'options_style_underline',
  tint: 'options_style_tint',
  off: 'options_style_off',
};

export function HighlightStyles({ styles, onChange }: Props) {
  const t = useT();
  return (
    <fieldset class="group">
      <legend>{t('options_styles_heading')}</legend>
      <div class="style-grid">
        {HIGHLIGHT_KINDS.map((kind) => (
          <div key={kind} class="style-row">
            <span class={`swatch swatch-${kind} swatch-${styles[kind]}`} aria-hidden="true">
              Aa
            </span>
            <span class="style-kind" aria-hidden="true">
              {t(KIND_LABELS[kind])}
            </span>
            <select
              name={`style-${kind}`}
              aria-label={t(KIND_LABELS[kind])}
              value={styles[kind]}
              onChange={(event) => onChange(kind, event.currentTarget.value as HighlightStyle)}
            >
              {HIGHLIGHT_STYLES.map((style) => (
                <option key={style} value={style}>
                  {t(STYLE_LABELS[style])}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
