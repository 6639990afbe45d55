/**
 * A background that may be stopped between any two events (Chrome stops an idle
 * service worker; a Firefox event page is unloaded): each test runs a
 * background, stops it — its listeners and everything its modules held in
 * memory are gone, the browser's storage and badges stay — starts a new one
 * from fresh modules, and checks the next event is handled as if nothing had
 * happened.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeMenusAndCommands } from './fake-menus-and-commands';

let fake = fakeMenusAndCommands();
const sent: { tabId: number; message: unknown }[] = [];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts a background from modules loaded afresh, as a new worker does. */
async function startFreshBackground(): Promise<void> {
  vi.resetModules();
  const { startBackground } = await import('./start-background');
  startBackground();
}

/** The worker stops: every listener it registered goes with it, the browser's state stays. */
function stopBackground(): void {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onInstalled.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fake = fakeMenusAndCommands();
}

/** Modules as a fresh worker would load them, for reading what the background stored. */
async function freshMemoryStore() {
  return import('../memory/memory-store');
}

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

async function fromTab(message: unknown, id: number): Promise<void> {
  const sender = { tab: { id, incognito: false } } as Sender;
  await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {}).then(() => undefined);
}

const visit = (url: string) => ({ type: 'page-visited', url, title: url, entityIds: ['baidu'] });

beforeEach(async () => {
  fakeBrowser.reset();
  sent.length = 0;
  fake = fakeMenusAndCommands();
  fakeBrowser.tabs.sendMessage = (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return Promise.resolve();
  };
  await startFreshBackground();
});

test('the badge a tab got before the stop stays, and the next page’s count shows', async () => {
  await fromTab({ type: 'mention-count', count: 12 }, 3);
  await flush();
  stopBackground();
  await startFreshBackground();

  await fromTab({ type: 'mention-count', count: 4 }, 5);
  await flush();
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('12');
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('4');

  // A new document in tab 3: the new background clears what the old one showed.
  const tab = await fakeBrowser.tabs.get(3).catch(() => ({ id: 3 }));
  await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tab as never);
  await flush();
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
});

test('visits before and after the stop are all remembered, newest first', async () => {
  await fromTab(visit('https://a.example/1'), 3);
  await fromTab(visit('https://a.example/2'), 4);
  const { loadMemory } = await freshMemoryStore();
  await vi.waitFor(async () => expect(await loadMemory()).toHaveLength(2));
  stopBackground();
  await startFreshBackground();

  await fromTab(visit('https://a.example/3'), 5);
  await vi.waitFor(async () =>
    expect((await loadMemory()).map((page) => page.url)).toEqual([
      'https://a.example/3',
      'https://a.example/2',
      'https://a.example/1',
    ]),
  );
});

test('memory turned off before the stop stays off after it', async () => {
  const { updateSettings } = await import('../settings/settings-store');
  await updateSettings((settings) => ({ ...settings, readingMemory: false }));
  stopBackground();
  await startFreshBackground();

  await fromTab(visit('https://a.example/1'), 3);
  await flush();
  await flush();
  const { loadMemory } = await freshMemoryStore();
  expect(await loadMemory()).toEqual([]);
});

test('a keyboard command after the stop reaches the active tab', async () => {
  const window = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({
    url: 'https://a.example',
    active: true,
    windowId: window!.id,
  });
  await fake.onCommand.trigger('next-mention');
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  stopBackground();
  await startFreshBackground();

  await fake.onCommand.trigger('toggle-variant');
  await vi.waitFor(() =>
    expect(sent).toEqual([
      { tabId: tab.id, message: { type: 'step-mention', direction: 1 } },
      { tabId: tab.id, message: { type: 'cycle-variant' } },
    ]),
  );
});

test('a context menu click after the stop reaches its tab', async () => {
  stopBackground();
  await startFreshBackground();
  await fake.onMenuClicked.trigger({ menuItemId: 'pangzhu-convert-hans' }, { id: 7 });
  await flush();
  expect(sent).toEqual([{ tabId: 7, message: { type: 'set-variant', variant: 'hans' } }]);
});

test('settings stored in version 1’s layout are migrated once; a restart keeps them', async () => {
  stopBackground();
  await fakeBrowser.storage.local.set({
    settings: { version: 1, traditionalStandard: 'tw', disabledSites: ['x.example'] },
  });
  await startFreshBackground();
  const { loadSettings } = await import('../settings/settings-store');
  await vi.waitFor(async () =>
    expect(await fakeBrowser.storage.sync.get('site:x.example')).toMatchObject({
      'site:x.example': { off: true },
    }),
  );
  stopBackground();
  await startFreshBackground();
  await flush();
  const settings = await loadSettings();
  expect(settings.traditionalStandard).toBe('tw');
  expect(settings.disabledSites).toEqual(['x.example']);
});
