/**
 * On the options page: OpenCC's Traditional standard for pages converted to 繁體
 * (radios `traditional-standard`).
 */
import type { MessageKey } from '@/lib/i18n';
import { HANT_STANDARDS, type HantStandard } from '@/lib/convert/types';
import { useT } from '../common/useT';

export type Props = {
  value: HantStandard;
  onChange: (standard: HantStandard) => void;
};

const LABELS: Record<HantStandard, MessageKey> = {
  t: 'options_standard_t',
  tw: 'options_standard_tw',
  twp: 'options_standard_twp',
  hk: 'options_standard_hk',
};

export function StandardChoice({ value, onChange }: Props) {
  const t = useT();
  return (
    <fieldset class="group">
      <legend>{t('options_standard_heading')}</legend>
      {HANT_STANDARDS.map((standard) => (
        <label key={standard} class="choice">
          <input
            type="radio"
            name="traditional-standard"
            value={standard}
            checked={value === standard}
            onChange={() => onChange(standard)}
          />
          {t(LABELS[standard])}
        </label>
      ))}
    </fieldset>
  );
}
