/**
 * On install and on update, the new version goes into the tabs already open.
 * Chrome puts a manifest's content script only into pages loaded after the
 * install: without this, every tab open at an update keeps the old copy,
 * orphaned, until the reader reloads it. The copy put in finds the old one
 * and takes the page over from it (lib/content/page-claim.ts), then opens the
 * page as it would have at load (the site's remembered script included).
 *
 * Firefox puts a new version's content scripts into open pages itself; its
 * build has no `scripting` permission, so this does nothing there.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../messages';

/** What the manifest says of a content script, as far as putting it into a tab goes. */
interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
}
type Scripting = typeof browser.scripting;
/** WXT types the files as its build's public paths; the manifest's are those, as plain strings. */
type ScriptFiles = NonNullable<Parameters<Scripting['executeScript']>[0]['files']>;

/** Whether a copy of this version already answers in the tab (it loaded during the install). */
async function answers(tabId: number): Promise<boolean> {
  return sendToTab(tabId, { type: 'get-page-state' }).then(
    (state) => state !== undefined,
    () => false,
  );
}

async function putInto(
  scripting: Scripting,
  tab: Browser.tabs.Tab,
  script: ManifestContentScript,
): Promise<void> {
  // A discarded tab reloads, with the new version, when the reader comes back to it.
  if (tab.id === undefined || tab.discarded || (await answers(tab.id))) return;
  const target = { tabId: tab.id };
  try {
    if (script.css?.length) await scripting.insertCSS({ target, files: script.css });
    if (script.js?.length)
      await scripting.executeScript({ target, files: script.js as ScriptFiles });
  } catch {
    // A tab the browser does not let extensions script (its web store), or one closed meanwhile.
  }
}

/** Puts the manifest's content scripts into every open tab they match. */
export async function takeOverOpenTabs(): Promise<void> {
  const scripting = (browser as { scripting?: Scripting }).scripting;
  if (!scripting) return;
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  await Promise.all(
    scripts.map(async (script) => {
      const tabs = await browser.tabs.query({ url: script.matches });
      await Promise.all(tabs.map((tab) => putInto(scripting, tab, script)));
    }),
  );
}
