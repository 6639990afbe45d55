/**
 * What the popup's first view needs, fetched in parallel: the tab's page state
 * (from its content script), the settings, the enabled packs as matching has
 * them (a built-in pack's core: its names) and the reading memory. The packs'
 * details (descriptions, facts, sources: a 650 KB module) are for the related
 * context, which loads them once this view is shown (components/popup/PageSection).
 */
import { sendToTab, type PageState } from '../messages';
import { loadMemory } from '../memory/memory-store';
import type { MemoryPage } from '../memory/reading-memory';
import { loadBuiltinPacks } from '../pack/load';
import { getEnabledPacks, loadImportedPacks } from '../packs-store/packs-store';
import type { Pack } from '../pack/types';
import type { Settings } from '../settings/settings';
import { loadSettings } from '../settings/settings-store';
import { getTargetTabId } from './target-tab';

export interface PopupData {
  tabId: number;
  page: PageState;
  settings: Settings;
  /** The enabled packs; a built-in one without its details (`completePacks` joins them). */
  packs: Pack[];
  memory: MemoryPage[];
}

export type PopupLoad =
  { status: 'unavailable'; settings: Settings } | ({ status: 'ready' } & PopupData);

async function askPage(tabId: number | undefined): Promise<PageState | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return await sendToTab(tabId, { type: 'get-page-state' });
  } catch {
    // No content script there: a browser page, the store, or a tab not yet reloaded.
    return undefined;
  }
}

export async function loadPopup(search = location.search): Promise<PopupLoad> {
  // Each request starts at once, none waits for another's answer: the page's state for the
  // tab id, the stored packs and memory for the settings (which say what of them is used).
  const tabLoad = getTargetTabId(search);
  const pageLoad = tabLoad.then(askPage);
  // The built-in packs' core is asked for before the settings say which packs are on (the
  // pack is on for nearly every reader): it loads while storage answers.
  loadBuiltinPacks().catch(() => {});
  const importedLoad = loadImportedPacks();
  // Read even if the settings turn out to have the memory off: then it is not used.
  const memoryLoad = loadMemory();
  importedLoad.catch(() => {});
  memoryLoad.catch(() => {});
  const settings = await loadSettings();
  const [tabId, page, packs, memory] = await Promise.all([
    tabLoad,
    pageLoad,
    getEnabledPacks(settings, importedLoad),
    settings.readingMemory ? memoryLoad : Promise.resolve([]),
  ]);
  if (tabId === undefined || !page) return { status: 'unavailable', settings };
  return { status: 'ready', tabId, page, settings, packs, memory };
}
