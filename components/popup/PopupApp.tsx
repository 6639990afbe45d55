import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type PageState } from '@/lib/messages';
import { getTargetTabId } from '@/lib/popup/target-tab';
import type { Variant } from '@/lib/settings/settings';
import { updateSettings } from '@/lib/settings/settings-store';
import { useT } from '../common/useT';
import { SiteSwitch } from './SiteSwitch';
import { VariantSwitch } from './VariantSwitch';
import './popup.css';

type Load =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; page: PageState };

async function loadPage(): Promise<Load> {
  const tabId = await getTargetTabId();
  if (tabId === undefined) return { status: 'unavailable' };
  try {
    const page = await sendToTab<PageState>(tabId, { type: 'get-page-state' });
    return page ? { status: 'ready', tabId, page } : { status: 'unavailable' };
  } catch {
    // No content script there: a browser page, the store, or a tab not yet reloaded.
    return { status: 'unavailable' };
  }
}

export function PopupApp() {
  const t = useT();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    void loadPage().then(setLoad);
  }, []);

  if (load.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (load.status === 'unavailable') {
    return (
      <main class="popup">
        <h1>{t('ext_name')}</h1>
        <p class="hint">{t('popup_unavailable')}</p>
      </main>
    );
  }
  const { tabId, page } = load;
  const setVariant = async (variant: Variant) => {
    setLoad({ status: 'ready', tabId, page: { ...page, variant } });
    await sendToTab(tabId, { type: 'set-variant', variant });
  };
  const setSiteEnabled = async (enabled: boolean) => {
    setLoad({ status: 'ready', tabId, page: { ...page, enabled } });
    await updateSettings((settings) => ({
      ...settings,
      disabledSites: enabled
        ? settings.disabledSites.filter((site) => site !== page.host)
        : [...settings.disabledSites, page.host],
    }));
  };
  return (
    <main class="popup">
      <h1>{t('ext_name')}</h1>
      <VariantSwitch
        value={page.variant}
        originalScript={page.originalScript}
        onChange={(variant) => void setVariant(variant)}
      />
      <SiteSwitch
        host={page.host}
        enabled={page.enabled}
        onChange={(on) => void setSiteEnabled(on)}
      />
    </main>
  );
}
