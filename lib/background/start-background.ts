/**
 * The background: per-tab badge, reading memory, context menu and keyboard
 * commands. Every listener is registered synchronously at start, as a Chrome
 * MV3 service worker must, so events that wake the worker reach them.
 */
import { browser } from 'wxt/browser';
import { answerBackgroundRequests, sendToTab, type TabRequest } from '../messages';
import { rememberPage } from '../memory/memory-store';
import { loadSettings, migrateSettings } from '../settings/settings-store';
import { clearBadge, showMentionCount } from './badge';
import { commandRequest } from './commands';
import { createContextMenus, menuRequest } from './context-menus';
import { takeOverOpenTabs } from './take-over-tabs';

/** A tab without our content script (a browser page, a store) rejects: nothing to do there. */
async function tellTab(tabId: number | undefined, request: TabRequest): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  await sendToTab(tabId, request).catch(() => undefined);
}

async function rememberIfAllowed(
  visit: { url: string; title: string; entityIds: string[] },
  incognito: boolean,
): Promise<void> {
  // Private windows leave no trace, and the reader may have turned memory off.
  if (incognito || !(await loadSettings()).readingMemory) return;
  await rememberPage(visit).catch((error: unknown) => {
    // The browser refused the write (its storage for the extension is full): the memory is
    // one stored list, so what it held stays; only this visit is not remembered.
    console.warn(
      `[pangzhu] the reading memory could not remember ${visit.url}: ${String(error)}. ` +
        'What it remembered before is kept; clearing it in the options page makes room.',
    );
  });
}

export function startBackground(): void {
  // Stored settings are brought to the current layout here, once, not by every page's start.
  void migrateSettings();
  // Only a content script's reports count: they come from a tab.
  answerBackgroundRequests({
    'mention-count': (request, sender) => {
      if (sender.tab?.id !== undefined) void showMentionCount(sender.tab.id, request.count);
      return undefined;
    },
    'page-visited': ({ url, title, entityIds }, sender) => {
      if (sender.tab) void rememberIfAllowed({ url, title, entityIds }, sender.tab.incognito);
      return undefined;
    },
  });

  // The tabs open at an install or update get this version (Chrome does not do it itself).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // What could not be put in stays as it was: those tabs get the new version when reloaded.
    if (reason === 'install' || reason === 'update') void takeOverOpenTabs().catch(() => {});
  });
  // A new document in the tab: its mentions are not counted yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearBadge(tabId);
  });

  // Firefox for Android has neither context menus nor keyboard commands: the rest works
  // without them.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      void menus.removeAll().then(createContextMenus);
    });
    menus.onClicked.addListener((info, tab) => {
      const request = menuRequest(info.menuItemId);
      if (request) void tellTab(tab?.id, request);
    });
  }

  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((command) => {
    const request = commandRequest(command);
    if (!request) return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => tellTab(active?.id, request));
  });
}
