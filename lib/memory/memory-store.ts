/** The reading memory in `storage.local` under `memory`: `{ pages: MemoryPage[] }`. */
import { browser } from 'wxt/browser';
import { addVisit, normaliseMemory, type MemoryPage, type Visit } from './reading-memory';

export const MEMORY_KEY = 'memory';

export async function loadMemory(): Promise<MemoryPage[]> {
  const stored = await browser.storage.local.get(MEMORY_KEY);
  return normaliseMemory(stored[MEMORY_KEY]);
}

// Visits arrive from many tabs at once: each read-modify-write waits for the
// one before, so no visit is lost to a concurrent write.
let queue: Promise<unknown> = Promise.resolve();

function serialise<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function rememberPage(visit: Visit, now = Date.now()): Promise<MemoryPage[]> {
  return serialise(async () => {
    const pages = addVisit(await loadMemory(), visit, now);
    await browser.storage.local.set({ [MEMORY_KEY]: { pages } });
    return pages;
  });
}

export function clearMemory(): Promise<void> {
  return serialise(() => browser.storage.local.remove(MEMORY_KEY));
}

/** Calls `listener` with the memory whenever it changes; stops when `signal` aborts. */
export function watchMemory(listener: (pages: MemoryPage[]) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[MEMORY_KEY];
    if (area === 'local' && change) listener(normaliseMemory(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
}
