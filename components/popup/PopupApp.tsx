/**
 * The popup (entrypoints/popup): the reader's control panel for one tab
 * (`popup.html?tab=<tabId>`, or the active tab).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messages';
import { clearMemory } from '@/lib/memory/memory-store';
import { recallEntities } from '@/lib/memory/reading-memory';
import { loadPopup, type PopupData, type PopupLoad } from '@/lib/popup/load-popup';
import type { Settings } from '@/lib/settings/settings';
import { updateSettings } from '@/lib/settings/settings-store';
import { MemoryControls } from '../options/MemoryControls';
import { useT } from '../common/useT';
import { PageSection } from './PageSection';
import { PauseSwitch } from './PauseSwitch';
import './popup.css';

export type Props = {
  /** How the popup gets its data; tests pass their own. */
  load?: () => Promise<PopupLoad>;
  /** Epoch milliseconds for "2 days ago"; tests pin it. */
  now?: number;
};

export function PopupApp({ load = loadPopup, now = Date.now() }: Props) {
  const t = useT();
  const [state, setState] = useState<PopupLoad>();
  const [memoryCleared, setMemoryCleared] = useState(false);
  useEffect(() => {
    void load().then(setState);
  }, [load]);
  useEffect(() => {
    // How long the reader waited, for the e2e check (content within 150 ms of opening).
    if (state) performance.mark('pangzhu-popup-shown');
  }, [state !== undefined]);
  if (!state) return <main class="popup" aria-busy="true" />;
  const changeSettings = async (edit: (current: Settings) => Settings) => {
    const settings = await updateSettings(edit);
    setState((current) => current && { ...current, settings });
  };
  const { settings } = state;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('ext_name')}</h1>
        <PauseSwitch
          enabled={settings.enabled}
          onChange={(enabled) => void changeSettings((s) => ({ ...s, enabled }))}
        />
      </header>
      {state.status === 'unavailable' ? (
        <p class="hint">{t('popup_unavailable')}</p>
      ) : (
        <PageSection
          data={state}
          now={now}
          recollections={
            settings.readingMemory && !memoryCleared
              ? recallEntities(
                  state.memory,
                  state.page.entities.map((e) => e.id),
                  state.page.url,
                )
              : []
          }
          onVariant={(variant) => {
            setState({ ...state, page: { ...state.page, variant } });
            void sendToTab(state.tabId, { type: 'set-variant', variant }).catch(() => undefined);
          }}
          onSiteEnabled={(enabled) => {
            setState({ ...state, page: { ...state.page, enabled } });
            void setSiteEnabled(state, enabled, changeSettings);
          }}
          onReveal={(target) =>
            void sendToTab(state.tabId, { type: 'reveal', target }).catch(() => undefined)
          }
        />
      )}
      <footer class="popup-footer">
        <MemoryControls
          enabled={settings.readingMemory}
          onToggle={(readingMemory) => void changeSettings((s) => ({ ...s, readingMemory }))}
          onClear={() => {
            setMemoryCleared(true);
            void clearMemory();
          }}
        />
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup_open_options')}
        </button>
      </footer>
    </main>
  );
}

function setSiteEnabled(
  state: PopupData,
  enabled: boolean,
  changeSettings: (edit: (current: Settings) => Settings) => Promise<void>,
) {
  const host = state.page.host;
  return changeSettings((settings) => ({
    ...settings,
    disabledSites: enabled
      ? settings.disabledSites.filter((site) => site !== host)
      : [...settings.disabledSites, host],
  }));
}
