/**
 * The reading memory: which entities the reader met on which pages, and when.
 * Local only (`storage.local`), bounded, newest first. Pure functions here;
 * reading and writing storage is in `memory-store.ts`.
 */

export interface MemoryPage {
  /** Without the fragment: one entry per document, however it was reached. */
  url: string;
  title: string;
  entityIds: string[];
  /** Epoch milliseconds of the latest visit. */
  visitedAt: number;
}

/** Pages kept; the oldest visit is dropped first. */
export const MEMORY_LIMIT = 500;
/** Entity ids kept per page: a page that names more is an index, not an article. */
const ENTITY_LIMIT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function memoryUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function toPage(value: unknown): MemoryPage | undefined {
  if (!isRecord(value)) return undefined;
  const { url, title, entityIds, visitedAt } = value;
  if (typeof url !== 'string' || url === '' || typeof visitedAt !== 'number') return undefined;
  if (!Number.isFinite(visitedAt) || !Array.isArray(entityIds)) return undefined;
  const ids = [...new Set(entityIds.filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return undefined;
  return {
    url,
    title: typeof title === 'string' ? title : '',
    entityIds: ids.slice(0, ENTITY_LIMIT),
    visitedAt,
  };
}

/** What storage holds, made safe: broken entries are dropped, the rest kept, newest first. */
export function normaliseMemory(stored: unknown): MemoryPage[] {
  const list = isRecord(stored) ? stored.pages : undefined;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const pages: MemoryPage[] = [];
  for (const page of list.map(toPage).filter((p): p is MemoryPage => p !== undefined)) {
    if (seen.has(page.url)) continue;
    seen.add(page.url);
    pages.push(page);
  }
  return pages.sort((a, b) => b.visitedAt - a.visitedAt).slice(0, MEMORY_LIMIT);
}

export interface Visit {
  url: string;
  title: string;
  entityIds: readonly string[];
}

/** The memory after a visit: the page moves to the front, the oldest beyond the limit go. */
export function addVisit(
  pages: readonly MemoryPage[],
  visit: Visit,
  now: number,
  limit = MEMORY_LIMIT,
): MemoryPage[] {
  const url = memoryUrl(visit.url);
  const entityIds = [...new Set(visit.entityIds)].slice(0, ENTITY_LIMIT);
  const rest = pages.filter((page) => page.url !== url);
  if (entityIds.length === 0) return rest.slice(0, limit);
  return [{ url, title: visit.title, entityIds, visitedAt: now }, ...rest].slice(0, limit);
}

export interface Recollection {
  entityId: string;
  /** The latest other page where the reader met the entity. */
  page: MemoryPage;
}

/**
 * For each of `entityIds` (in their order), the most recent other page that
 * mentioned it. `currentUrl` is left out: the reader is on it.
 */
export function recallEntities(
  pages: readonly MemoryPage[],
  entityIds: readonly string[],
  currentUrl: string,
): Recollection[] {
  const here = memoryUrl(currentUrl);
  const latest = new Map<string, MemoryPage>();
  for (const page of pages) {
    if (page.url === here) continue;
    for (const id of page.entityIds) {
      const known = latest.get(id);
      if (!known || known.visitedAt < page.visitedAt) latest.set(id, page);
    }
  }
  return entityIds.flatMap((entityId) => {
    const page = latest.get(entityId);
    return page ? [{ entityId, page }] : [];
  });
}
