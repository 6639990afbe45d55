import { useEffect, useState } from 'preact/hooks';
import {
  TRADITIONAL_STANDARDS,
  type Settings,
  type TraditionalStandard,
} from '@/lib/settings/settings';
import { loadSettings, updateSettings } from '@/lib/settings/settings-store';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../common/useT';
import './options.css';

const STANDARD_LABELS: Record<TraditionalStandard, MessageKey> = {
  t: 'options_standard_t',
  tw: 'options_standard_tw',
  twp: 'options_standard_twp',
  hk: 'options_standard_hk',
};

export function OptionsApp() {
  const t = useT();
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;

  const change = async (edit: (current: Settings) => Settings) => {
    setSettings(await updateSettings(edit));
  };
  return (
    <main class="options">
      <h1>{t('ext_name')}</h1>
      <section>
        <h2>{t('options_standard_heading')}</h2>
        {TRADITIONAL_STANDARDS.map((standard) => (
          <label key={standard} class="choice">
            <input
              type="radio"
              name="traditional-standard"
              value={standard}
              checked={settings.traditionalStandard === standard}
              onChange={() => void change((s) => ({ ...s, traditionalStandard: standard }))}
            />
            {t(STANDARD_LABELS[standard])}
          </label>
        ))}
      </section>
    </main>
  );
}
