/**
 * Reading, writing and watching the settings. They follow the reader across
 * browsers in `storage.sync`, as entries (`settings-layout.ts`): `sync:settings`
 * and one `sync:site:<host>` per site. An entry the browser will not sync (a
 * quota, the write rate, sync turned off or missing) waits in `storage.local`
 * under `settings` and goes with the next write that gets through; reading takes
 * each entry's newest version from either area, so no choice is lost on the way.
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';
import { quietly } from '../quietly';
import { normaliseSettings, type Settings } from './settings';
import {
  changedEntries,
  entriesFromSettings,
  entriesNotSuperseded,
  GLOBAL_ENTRY,
  isEntriesLayout,
  isEmptySiteEntry,
  newestEntries,
  readEntries,
  settingsFromEntries,
  siteEntry,
  type Entries,
} from './settings-layout';

const syncKey = (entry: string): StorageItemKey => `sync:${entry}`;

/** The entries in `storage.sync`; none when the browser has no sync to read. */
async function readSynced(): Promise<Entries> {
  try {
    return readEntries(await storage.snapshot('sync'));
  } catch {
    return {};
  }
}

/** Writes entries to `storage.sync` (an empty site entry removes the site's); false if refused. */
async function writeSynced(entries: Entries): Promise<boolean> {
  const keys = Object.keys(entries);
  const emptied = keys.filter((key) => isEmptySiteEntry(key, entries[key]!));
  const kept = keys.filter((key) => !emptied.includes(key));
  try {
    // One call per kind: each counts once against sync's writes per minute and per hour.
    if (kept.length > 0)
      await storage.setItems(kept.map((key) => ({ key: syncKey(key), value: entries[key] })));
    if (emptied.length > 0) await storage.removeItems(emptied.map(syncKey));
    return true;
  } catch {
    return false;
  }
}

/**
 * Version 1 (up to Pangzhu 0.1.0) kept the whole settings object in
 * `local:settings`. Its settings become entries stamped 0 (older than any
 * choice saved since), go to sync where sync has none of its own, and what sync
 * refuses stays here: from version 2 on this item holds only unsynced entries.
 */
async function moveToSync(stored: unknown): Promise<Entries> {
  const synced = await readSynced();
  const missing = Object.fromEntries(
    Object.entries(entriesFromSettings(normaliseSettings(stored), 0)).filter(
      ([key]) => !(key in synced),
    ),
  );
  return (await writeSynced(missing)) ? {} : missing;
}

const UNSYNCED_KEY: StorageItemKey = 'local:settings';
const UNSYNCED_VERSION = 2;

let definedUnsyncedItem: ReturnType<typeof defineUnsyncedItem> | null = null;

function defineUnsyncedItem() {
  return storage.defineItem<unknown>(UNSYNCED_KEY, {
    fallback: {},
    version: UNSYNCED_VERSION,
    migrations: { 2: moveToSync },
  });
}

/**
 * The entries sync has not taken yet (`local:settings`, the fallback), as a
 * versioned item. Defining it runs its migration check (a read, and a write
 * once), so it is defined only where settings are written: the background at
 * its start and a change. A page's start only reads (`readUnsynced`).
 */
function unsyncedItem() {
  return (definedUnsyncedItem ??= defineUnsyncedItem());
}

/** Brings stored settings to the current layout (the background runs it at its start). */
export async function migrateSettings(): Promise<void> {
  await unsyncedItem().getValue();
}

/**
 * The unsynced entries in one read, without writing: a layout not migrated yet
 * (version 1's whole object) is read as the entries it will become.
 */
async function readUnsynced(): Promise<Entries> {
  const stored = await storage.getItem(UNSYNCED_KEY);
  if (stored == null) return {};
  return isEntriesLayout(stored)
    ? readEntries(stored)
    : entriesFromSettings(normaliseSettings(stored), 0);
}

async function readAreas(): Promise<{ synced: Entries; unsynced: Entries }> {
  const [synced, unsynced] = await Promise.all([readSynced(), readUnsynced()]);
  return { synced, unsynced };
}

export async function loadSettings(): Promise<Settings> {
  const { synced, unsynced } = await readAreas();
  return settingsFromEntries(newestEntries(synced, unsynced));
}

// Updates from one page run one after another: two quick clicks would otherwise both read
// the old settings, and the later write would undo the earlier one.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes `changed` to sync with what was `waiting` for it; gives back what still
 * waits. When the whole batch is refused, the change is tried alone: one entry
 * sync will never take (past its 512 items) must not hold every later change back.
 */
async function syncOrKeep(waiting: Entries, changed: Entries): Promise<Entries> {
  const all = { ...waiting, ...changed };
  if (Object.keys(all).length === 0 || (await writeSynced(all))) return {};
  const hasBoth = Object.keys(waiting).length > 0 && Object.keys(changed).length > 0;
  if (!hasBoth || !(await writeSynced(changed))) return all;
  return Object.fromEntries(Object.entries(waiting).filter(([key]) => !(key in changed)));
}

/**
 * Applies `change` to the current settings and stores the entries it changed,
 * with any that were waiting for sync; what sync refuses waits in local.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    await migrateSettings();
    const { synced, unsynced } = await readAreas();
    const current = settingsFromEntries(newestEntries(synced, unsynced));
    // As it will read back: normalised, sites in order.
    const next = settingsFromEntries(entriesFromSettings(normaliseSettings(change(current)), 0));
    const waiting = await syncOrKeep(
      entriesNotSuperseded(synced, unsynced),
      changedEntries(current, next, Date.now()),
    );
    if (Object.keys(waiting).length > 0) await unsyncedItem().setValue(waiting);
    else if (Object.keys(unsynced).length > 0) await unsyncedItem().removeValue();
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Calls `listener` with the settings whenever those that apply everywhere or
 * `host`'s own choices change (here or in another of the reader's browsers);
 * stops when `signal` aborts.
 */
export function watchSiteSettings(
  host: string,
  signal: AbortSignal,
  listener: (settings: Settings) => void,
): void {
  // One change can touch several entries; the listener hears of each new state once, in order.
  let reported = '';
  let reading: Promise<void> = Promise.resolve();
  const onChange = () => {
    reading = reading
      .then(async () => {
        const settings = await loadSettings();
        const state = JSON.stringify(settings);
        if (signal.aborted || state === reported) return;
        reported = state;
        listener(settings);
      })
      .catch(() => {});
  };
  const keys = [syncKey(GLOBAL_ENTRY), syncKey(siteEntry(host)), UNSYNCED_KEY];
  for (const key of keys) {
    try {
      const unwatch = storage.watch(key, onChange);
      signal.addEventListener('abort', () => quietly(unwatch), { once: true });
    } catch {
      // No `storage.sync` in this browser: the local entries are still watched.
    }
  }
}
