/**
 * On the options page and in the popup, the reading memory's controls: one
 * switch to turn it off, one button to forget everything.
 */
import { useT } from '../common/useT';

export type Props = {
  enabled: boolean;
  /** Pages remembered; absent when not counted (the popup). */
  count?: number;
  onToggle: (enabled: boolean) => void;
  onClear: () => void;
};

export function MemoryControls({ enabled, count, onToggle, onClear }: Props) {
  const t = useT();
  return (
    <div class="memory-controls">
      <label class="switch-row">
        <input
          type="checkbox"
          name="reading-memory"
          role="switch"
          checked={enabled}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <span>{t('common_memory_switch')}</span>
      </label>
      {count !== undefined && (
        <p class="hint" aria-live="polite">
          {count === 1 ? t('options_memory_count_one') : t('options_memory_count', String(count))}
        </p>
      )}
      <button type="button" class="secondary" onClick={onClear} disabled={count === 0}>
        {t('common_memory_clear')}
      </button>
    </div>
  );
}
