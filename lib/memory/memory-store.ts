/**
 * The reading memory in `storage.local` under `memory`: `{ pages: MemoryPage[] }`.
 * Local only, never synced: it is the reader's browsing, and it outgrows sync's quotas.
 */
import { storage } from '@wxt-dev/storage';
import { addVisit, normaliseMemory, type MemoryPage, type Visit } from './reading-memory';

export const MEMORY_KEY = 'memory';
const ITEM = `local:${MEMORY_KEY}` as const;

export async function loadMemory(): Promise<MemoryPage[]> {
  return normaliseMemory(await storage.getItem(ITEM));
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
    await storage.setItem(ITEM, { pages });
    return pages;
  });
}

export function clearMemory(): Promise<void> {
  return serialise(() => storage.removeItem(ITEM));
}
