/**
 * The options page (entrypoints/options): loads the settings, the installed
 * packs and the reading memory, then shows their sections (highlight styles, the
 * Traditional standard, sites turned off, packs, memory) and stores each change
 * the reader makes.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearMemory, loadMemory, readRefusedAt } from '@/lib/memory/memory-store';
import { downloadPack } from '@/lib/options/download-pack';
import { importPackText, type ImportResult } from '@/lib/packs-store/import-pack';
import {
  loadWholeInstalledPacks,
  removeImportedPack,
  type InstalledPacks,
} from '@/lib/packs-store/packs-store';
import { getUiLocale } from '@/lib/popup/ui-locale';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings, updateSettings } from '@/lib/settings/settings-store';
import { useT } from '../common/useT';
import { HighlightStyles } from './HighlightStyles';
import { MemoryControls } from './MemoryControls';
import type { PackEntry } from './PackRow';
import { PacksSection } from './PacksSection';
import { SiteList } from './SiteList';
import { StandardChoice } from './StandardChoice';
import './options.css';

type Loaded = {
  settings: Settings;
  packs: InstalledPacks;
  memoryCount: number;
  /** The browser refused the last visit the memory tried to store (its storage is full). */
  memoryFull: boolean;
};

async function loadAll(): Promise<Loaded> {
  const [settings, packs, memory, refusedAt] = await Promise.all([
    loadSettings(),
    loadWholeInstalledPacks(),
    loadMemory(),
    readRefusedAt(),
  ]);
  return { settings, packs, memoryCount: memory.length, memoryFull: refusedAt !== null };
}

function packEntries({ builtin, imported }: InstalledPacks, settings: Settings): PackEntry[] {
  const enabled = (id: string) => !settings.disabledPacks.includes(id);
  return [
    ...builtin.map((pack) => ({ pack, builtin: true, enabled: enabled(pack.id) })),
    ...imported.map(({ pack, importedAt }) => ({
      pack,
      builtin: false,
      importedAt,
      enabled: enabled(pack.id),
    })),
  ];
}

export function OptionsApp() {
  const t = useT();
  const [data, setData] = useState<Loaded>();
  useEffect(() => {
    void loadAll().then(setData);
  }, []);
  if (!data) return <main class="options" aria-busy="true" />;

  const { settings } = data;
  const change = async (edit: (current: Settings) => Settings) => {
    const next = await updateSettings(edit);
    setData((current) => current && { ...current, settings: next });
  };
  const refreshPacks = async () => {
    const packs = await loadWholeInstalledPacks();
    setData((current) => current && { ...current, packs });
  };
  const importPack = async (text: string): Promise<ImportResult> => {
    const result = await importPackText(text);
    if (result.ok) await refreshPacks();
    return result;
  };
  return (
    <main class="options">
      <h1>{t('ext_name')}</h1>
      <section>
        <StandardChoice
          value={settings.traditionalStandard}
          onChange={(traditionalStandard) => void change((s) => ({ ...s, traditionalStandard }))}
        />
      </section>
      <section>
        <HighlightStyles
          styles={settings.highlightStyles}
          onChange={(kind, style) =>
            void change((s) => ({ ...s, highlightStyles: { ...s.highlightStyles, [kind]: style } }))
          }
        />
      </section>
      <SiteList
        sites={settings.disabledSites}
        onAdd={(host) => void change((s) => ({ ...s, disabledSites: [...s.disabledSites, host] }))}
        onRemove={(host) =>
          void change((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))
        }
      />
      <section aria-labelledby="memory-heading">
        <h2 id="memory-heading">{t('options_memory_heading')}</h2>
        <p class="hint">{t('options_memory_note')}</p>
        {data.memoryFull && (
          <p class="error" role="alert">
            {t('options_memory_full')}
          </p>
        )}
        <MemoryControls
          enabled={settings.readingMemory}
          count={data.memoryCount}
          onToggle={(readingMemory) => void change((s) => ({ ...s, readingMemory }))}
          onClear={() =>
            void clearMemory().then(() =>
              setData((current) => current && { ...current, memoryCount: 0, memoryFull: false }),
            )
          }
        />
      </section>
      <PacksSection
        packs={packEntries(data.packs, settings)}
        locale={getUiLocale()}
        onToggle={(id, on) =>
          void change((s) => ({
            ...s,
            disabledPacks: on
              ? s.disabledPacks.filter((other) => other !== id)
              : [...s.disabledPacks, id],
          }))
        }
        onExport={(pack) => downloadPack(pack)}
        onRemove={(id) =>
          void removeImportedPack(id)
            .then(refreshPacks)
            // A removed pack's id has no business in the disabled list.
            .then(() =>
              change((s) => ({ ...s, disabledPacks: s.disabledPacks.filter((o) => o !== id) })),
            )
        }
        onImport={importPack}
      />
    </main>
  );
}
