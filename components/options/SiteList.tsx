/**
 * On the options page, the sites where Pangzhu is off: remove one to turn it
 * back on, or add one.
 */
import { useState } from 'preact/hooks';
import { parseHost } from '@/lib/options/site-host';
import { useT } from '../common/useT';

export type Props = {
  sites: readonly string[];
  onAdd: (host: string) => void;
  onRemove: (host: string) => void;
};

export function SiteList({ sites, onAdd, onRemove }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    // The field itself, not state: a submit can come before the last input has rendered.
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('add-site');
    const host = parseHost(field instanceof HTMLInputElement ? field.value : draft);
    setInvalid(host === undefined);
    if (host === undefined) return;
    if (!sites.includes(host)) onAdd(host);
    setDraft('');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      {sites.length === 0 ? (
        <p class="hint">{t('options_sites_none')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('options_sites_remove', host)}
                onClick={() => onRemove(host)}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={submit}>
        <label for="add-site-input">{t('options_sites_add_label')}</label>
        <input
          id="add-site-input"
          name="add-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'add-site-error' : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('options_sites_add')}</button>
        {invalid && (
          <p id="add-site-error" class="error" role="alert">
            {t('options_sites_invalid')}
          </p>
        )}
      </form>
    </section>
  );
}
