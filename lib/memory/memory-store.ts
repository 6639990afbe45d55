/**
 * The reading memory in `storage.local` under `memory`: `{ pages: MemoryPage[] }`.
 * Local only, never synced: it is the reader's browsing, and it outgrows sync's quotas.
 */
import { storage } from '@wxt-dev/storage';
import { addVisit, normaliseMemory, type MemoryPage, type Visit } from './reading-memory';

export const MEMORY_KEY = 'memory';
const ITEM = `local:${MEMORY_KEY}` as const;
/**
 * When the browser last refused to store a visit (its storage for the extension
 * is full), for the options page to say so. In session storage: it has a quota
 * of its own, so the note is written where the memory could not be.
 */
const REFUSED_ITEM = 'session:memoryRefusedAt' as const;

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

/** Remembers a visit; rejects (and notes when) if the browser refuses to store it. */
export function rememberPage(visit: Visit, now = Date.now()): Promise<MemoryPage[]> {
  return serialise(async () => {
    const pages = addVisit(await loadMemory(), visit, now);
    try {
      await storage.setItem(ITEM, { pages });
    } catch (error) {
      await storage.setItem(REFUSED_ITEM, now).catch(() => {});
      throw error;
    }
    if ((await readRefusedAt()) !== null) await storage.removeItem(REFUSED_ITEM).catch(() => {});
    return pages;
  });
}

/** When a visit was last refused for want of room, if the last write was refused. */
export async function readRefusedAt(): Promise<number | null> {
  // A browser without session storage has no note to read.
  const at = await storage.getItem<unknown>(REFUSED_ITEM).catch(() => null);
  return typeof at === 'number' ? at : null;
}

export function clearMemory(): Promise<void> {
  return serialise(async () => {
    await storage.removeItem(ITEM);
    await storage.removeItem(REFUSED_ITEM).catch(() => {});
  });
}
