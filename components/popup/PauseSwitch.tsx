/**
 * In the popup, the global pause (`settings.enabled`): off turns Pangzhu off on
 * every site.
 */
import { useT } from '../common/useT';

export type Props = {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
};

export function PauseSwitch({ enabled, onChange }: Props) {
  const t = useT();
  return (
    <label class="switch-row">
      <input
        type="checkbox"
        name="global-enabled"
        role="switch"
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{t('popup_global_enabled')}</span>
    </label>
  );
}
