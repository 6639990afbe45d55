/**
 * Test helper: the parts of the browser WXT's fake browser lacks and the
 * background listens to (context menus, keyboard commands), as events a test
 * can fire.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/** A minimal event: listeners, and a trigger that awaits each in turn. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    trigger: async (...args: unknown[]) => {
      for (const listener of listeners) await (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/** Gives the fake browser `contextMenus` and `commands`; call after each `fakeBrowser.reset()`. */
export function fakeMenusAndCommands() {
  const menus: { id?: string; contexts?: string[] }[] = [];
  const onMenuClicked = fakeEvent();
  const onCommand = fakeEvent();
  Object.assign(fakeBrowser, {
    contextMenus: {
      create: (item: { id?: string; contexts?: string[] }) => void menus.push(item),
      removeAll: () => {
        menus.length = 0;
        return Promise.resolve();
      },
      onClicked: onMenuClicked,
    },
    commands: { onCommand },
  });
  return { menus, onMenuClicked, onCommand };
}
