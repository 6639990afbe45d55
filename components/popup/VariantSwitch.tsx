/**
 * In the popup, the page's script: 原文 / 繁體 / 简体 (the public contract: radios
 * `name="variant"`).
 */
import { VARIANTS, type Script, type Variant } from '@/lib/convert/types';
import { useT } from '../common/useT';
import type { MessageKey } from '@/lib/i18n';

export type Props = {
  value: Variant;
  originalScript: Script;
  disabled?: boolean;
  onChange: (variant: Variant) => void;
};

const LABELS: Record<Variant, string> = { original: '原文', hant: '繁體', hans: '简体' };
const ORIGINAL_NOTE: Record<Props['originalScript'], MessageKey> = {
  hant: 'popup_original_is_hant',
  hans: 'popup_original_is_hans',
  unknown: 'popup_original_is_unknown',
};

export function VariantSwitch({ value, originalScript, disabled, onChange }: Props) {
  const t = useT();
  return (
    <fieldset class="variant-switch" disabled={disabled}>
      <legend>{t('popup_variant_legend')}</legend>
      <div class="segmented">
        {VARIANTS.map((variant) => (
          <label key={variant} class={variant === value ? 'checked' : ''}>
            <input
              type="radio"
              name="variant"
              value={variant}
              checked={variant === value}
              onChange={() => onChange(variant)}
            />
            <span lang={variant === 'hans' ? 'zh-Hans' : 'zh-Hant'}>{LABELS[variant]}</span>
          </label>
        ))}
      </div>
      <p class="hint">{t(ORIGINAL_NOTE[originalScript])}</p>
    </fieldset>
  );
}
