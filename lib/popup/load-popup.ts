/**
 * What the popup's first view needs, fetched in parallel: the tab's page state
 * (from its content script, which names the entities it lists), the settings
 * and the reading memory. No pack: the related context loads the packs, whole,
 * once this view is shown (components/popup/load-related.ts).
 */
import { sendToTab, type PageState } from '../messages';
import { loadMemory } from '../memory/memory-store';
import type { MemoryPage } from '../memory/reading-memory';
import type { Settings } from '../settings/settings';
import { loadSettings } from '../settings/settings-store';
import { getTargetTabId } from './target-tab';

export interface PopupData {
  tabId: number;
  page: PageState;
  settings: Settings;
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
  // tab id, the memory for the settings (which say whether it is used).
  const tabLoad = getTargetTabId(search);
  const pageLoad = tabLoad.then(askPage);
  // Read even if the settings turn out to have the memory off: then it is not used.
  const memoryLoad = loadMemory();
  memoryLoad.catch(() => {});
  const settings = await loadSettings();
  const [tabId, page, memory] = await Promise.all([
    tabLoad,
    pageLoad,
    settings.readingMemory ? memoryLoad : Promise.resolve([]),
  ]);
  if (tabId === undefined || !page) return { status: 'unavailable', settings };
  return { status: 'ready', tabId, page, settings, memory };
}
