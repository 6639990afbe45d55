/** Reading and writing the settings in `storage.local`, always through `normaliseSettings`. */
import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

// Updates from one page run one after another: two quick clicks would otherwise both read
// the old settings, and the later write would undo the earlier one.
let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to the current settings and stores the result. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = normaliseSettings(change(await loadSettings()));
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls `listener` with the new settings whenever they change; stops when `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) listener(normaliseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
}
