/**
 * On the options page, one installed pack of the list: on/off, what it holds,
 * export, and remove for imported ones.
 */
import type { Pack } from '@/lib/pack/types';
import { useT } from '../common/useT';

export type PackEntry = {
  pack: Pack;
  builtin: boolean;
  /** Epoch milliseconds, for imported packs. */
  importedAt?: number;
  enabled: boolean;
};

export type Props = {
  entry: PackEntry;
  /** The pack's name in the reader's language. */
  name: string;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  /** Absent for the built-in pack: it cannot be removed. */
  onRemove?: () => void;
};

export function PackRow({ entry, name, onToggle, onExport, onRemove }: Props) {
  const t = useT();
  const { pack } = entry;
  const origin = entry.builtin
    ? t('options_pack_builtin')
    : t('options_pack_imported_on', new Date(entry.importedAt ?? 0).toISOString().slice(0, 10));
  return (
    <li class="pack-row" data-pack={pack.id}>
      <label class="switch-row">
        <input
          type="checkbox"
          name={`pack-${pack.id}`}
          role="switch"
          checked={entry.enabled}
          aria-label={t('options_pack_enabled', name)}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <span class="pack-name">{name}</span>
      </label>
      <p class="hint">
        {origin} · {pack.id} {pack.version} ·{' '}
        {t('options_pack_stats', [
          String(pack.entities.length),
          String(pack.figures.length),
          String(pack.sources.length),
        ])}
      </p>
      <div class="pack-actions">
        <button type="button" class="secondary" onClick={onExport}>
          {t('options_pack_export')}
        </button>
        {onRemove && (
          <button
            type="button"
            class="secondary"
            aria-label={t('options_pack_remove', name)}
            onClick={onRemove}
          >
            {t('options_remove')}
          </button>
        )}
      </div>
    </li>
  );
}
