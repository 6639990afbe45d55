/**
 * In the popup: turns Pangzhu on or off for this site (the public contract:
 * checkbox `name="site-enabled"`).
 */
import { useT } from '../common/useT';

export type Props = {
  host: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
};

export function SiteSwitch({ host, enabled, onChange }: Props) {
  const t = useT();
  return (
    <label class="switch-row">
      <input
        type="checkbox"
        name="site-enabled"
        role="switch"
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{t('popup_site_enabled', host)}</span>
    </label>
  );
}
