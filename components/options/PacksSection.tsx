/**
 * On the options page: the installed packs and the import field (`<input
 * type="file" name="import-pack">`).
 */
import { useState } from 'preact/hooks';
import type { ImportResult } from '@/lib/packs-store/import-pack';
import type { EntityNames, Pack } from '@/lib/pack/types';
import type { UiLocale } from '@/lib/popup/ui-locale';
import { useT } from '../common/useT';
import { PackRow, type PackEntry } from './PackRow';

export type Props = {
  packs: readonly PackEntry[];
  locale: UiLocale;
  onToggle: (id: string, enabled: boolean) => void;
  onExport: (pack: Pack) => void;
  onRemove: (id: string) => void;
  /** Validates and stores the file's text; refused files change nothing. */
  onImport: (text: string) => Promise<ImportResult>;
};

type Status =
  { kind: 'ok'; message: string } | { kind: 'error'; message: string; details: string[] };

function packName(names: EntityNames, locale: UiLocale): string {
  if (locale === 'en') return names.en;
  return locale === 'zh_CN' ? names['zh-Hans'] : names['zh-Hant'];
}

export function PacksSection({ packs, locale, onToggle, onExport, onRemove, onImport }: Props) {
  const t = useT();
  const [status, setStatus] = useState<Status>();
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', message: t('options_pack_error_read'), details: [] });
      return;
    }
    const result = await onImport(text);
    input.value = '';
    if (result.ok) {
      const name = packName(result.pack.name, locale);
      const key = result.replaced ? 'options_pack_import_replaced' : 'options_pack_import_ok';
      setStatus({ kind: 'ok', message: t(key, name) });
      return;
    }
    const heading = {
      'not-json': t('options_pack_error_not_json'),
      invalid: t('options_pack_error_invalid'),
      'builtin-id': t('options_pack_error_builtin'),
      'not-stored': t('options_pack_error_not_stored'),
    }[result.reason];
    const details = result.errors.map((error) =>
      error.path ? `${error.path}: ${error.message}` : error.message,
    );
    setStatus({ kind: 'error', message: heading, details });
  };
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('options_packs_heading')}</h2>
      <ul class="pack-list">
        {packs.map((entry) => (
          <PackRow
            key={entry.pack.id}
            entry={entry}
            name={packName(entry.pack.name, locale)}
            onToggle={(enabled) => onToggle(entry.pack.id, enabled)}
            onExport={() => onExport(entry.pack)}
            {...(entry.builtin ? {} : { onRemove: () => onRemove(entry.pack.id) })}
          />
        ))}
      </ul>
      <label class="import">
        <span>{t('options_pack_import')}</span>
        <input
          type="file"
          name="import-pack"
          accept=".json,application/json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </label>
      {status?.kind === 'ok' && (
        <p class="status" role="status">
          {status.message}
        </p>
      )}
      {status?.kind === 'error' && (
        <div class="error" role="alert">
          <p>{status.message}</p>
          {status.details.length > 0 && (
            <ul class="error-list">
              {status.details.slice(0, 50).map((detail, i) => (
                <li key={i}>
                  <code>{detail}</code>
                </li>
              ))}
              {status.details.length > 50 && <li>…</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
