import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseTabRequest } from '../message-checks';
import { loadMemory } from '../memory/memory-store';
import { updateSettings } from '../settings/settings-store';
import { fakeMenusAndCommands } from './fake-menus-and-commands';
import { MENU_LOOKUP, MENU_TO_HANS, MENU_TO_HANT } from './context-menus';
import { startBackground } from './start-background';

let fake = fakeMenusAndCommands();
const sent: { tabId: number; message: unknown }[] = [];

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  fake = fakeMenusAndCommands();
  fakeBrowser.tabs.sendMessage = (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return Promise.resolve();
  };
  startBackground();
});

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** A message from the content script of tab `id`. */
async function fromTab(message: unknown, id: number, incognito = false): Promise<void> {
  const sender = { tab: { id, incognito } } as Sender;
  await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {}).then(() => undefined);
}

describe('badge', () => {
  test('shows the number of mentions on the tab, and nothing for none', async () => {
    await fromTab({ type: 'mention-count', count: 12 }, 3);
    await fromTab({ type: 'mention-count', count: 0 }, 4);
    await flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('12');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  test('is cleared when the tab starts loading another page', async () => {
    await fromTab({ type: 'mention-count', count: 7 }, 3);
    await flush();
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example' });
    await fromTab({ type: 'mention-count', count: 7 }, tab.id!);
    await flush();
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('7');
  });

  test('ignores malformed messages', async () => {
    await fromTab({ type: 'mention-count', count: 'x' }, 3);
    await flush();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});

describe('reading memory', () => {
  const visit = {
    type: 'page-visited',
    url: 'https://a.example/1',
    title: 'One',
    entityIds: ['baidu'],
  };

  test('remembers a visited page', async () => {
    await fromTab(visit, 3);
    await vi.waitFor(async () => expect(await loadMemory()).toHaveLength(1));
    expect((await loadMemory())[0]).toMatchObject({ url: visit.url, title: 'One' });
  });

  test('remembers nothing from a private window', async () => {
    await fromTab(visit, 3, true);
    await flush();
    await flush();
    expect(await loadMemory()).toEqual([]);
  });

  test('a visit the browser will not store (quota) says so, keeps the memory, throws nothing', async () => {
    await fromTab({ ...visit, url: 'https://a.example/0' }, 3);
    await vi.waitFor(async () => expect(await loadMemory()).toHaveLength(1));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fromTab(visit, 3);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
    expect(String(warn.mock.calls[0]![0])).toMatch(/reading memory could not remember.*QUOTA/);
    expect((await loadMemory()).map((page) => page.url)).toEqual(['https://a.example/0']);
    vi.restoreAllMocks();
  });

  test('remembers nothing when the reader turned memory off', async () => {
    await updateSettings((settings) => ({ ...settings, readingMemory: false }));
    await fromTab(visit, 3);
    await flush();
    await flush();
    expect(await loadMemory()).toEqual([]);
  });
});

describe('context menu', () => {
  test('is created on install: lookup for selections, conversions for pages', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await flush();
    expect(fake.menus.map((item) => [item.id, item.contexts])).toEqual([
      [MENU_LOOKUP, ['selection']],
      [MENU_TO_HANT, ['page']],
      [MENU_TO_HANS, ['page']],
    ]);
  });

  test.each([
    [MENU_LOOKUP, { type: 'lookup-selection' }],
    [MENU_TO_HANT, { type: 'set-variant', variant: 'hant' }],
    [MENU_TO_HANS, { type: 'set-variant', variant: 'hans' }],
  ])('%s sends %o to the tab', async (menuItemId, message) => {
    await fake.onMenuClicked.trigger({ menuItemId }, { id: 9 });
    await flush();
    expect(sent).toEqual([{ tabId: 9, message }]);
  });
});

describe('keyboard commands', () => {
  test.each([
    ['toggle-variant', { type: 'cycle-variant' }],
    ['toggle-highlights', { type: 'toggle-highlights' }],
    ['next-mention', { type: 'step-mention', direction: 1 }],
    ['previous-mention', { type: 'step-mention', direction: -1 }],
  ])('%s sends %o to the active tab', async (command, message) => {
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://b.example', windowId: window!.id });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://a.example',
      active: true,
      windowId: window!.id,
    });
    await fake.onCommand.trigger(command);
    await vi.waitFor(() => expect(sent).toEqual([{ tabId: tab.id, message }]));
    // What the tab receives is a request its content script accepts.
    expect(parseTabRequest(sent[0]!.message)).toEqual(message);
  });

  test('a command the extension does not declare sends nothing', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://a.example', active: true, windowId: window!.id });
    await fake.onCommand.trigger('_execute_action');
    await flush();
    await flush();
    expect(sent).toEqual([]);
  });
});

describe('where the browser has no context menus or keyboard commands (Firefox for Android)', () => {
  test('the background starts, and the badge and reading memory still work', async () => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, { contextMenus: undefined, commands: undefined });
    expect(() => startBackground()).not.toThrow();

    await fromTab({ type: 'mention-count', count: 5 }, 9);
    await fromTab(
      {
        type: 'page-visited',
        url: 'https://news.example/a',
        title: 'A',
        entityIds: ['alibaba-cloud'],
      },
      9,
    );
    await vi.waitFor(async () => {
      expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('5');
      expect((await loadMemory()).map((page) => page.url)).toEqual(['https://news.example/a']);
    });
  });
});
