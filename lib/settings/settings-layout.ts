/**
 * How the settings are laid out in storage: entries, not one object. The entry
 * `settings` holds what applies everywhere; each site the reader made a choice
 * for has its own entry `site:<host>` (`{ off?: true, variant?: 'hant' | 'hans' }`).
 * Every entry carries `savedAt`, the epoch milliseconds it was saved at (0 for
 * settings carried over from the layout before entries).
 *
 * Why entries: `storage.sync` takes at most 8 KB per item (and 512 items), and
 * the list of sites grows with every site the reader touches; one small item
 * per site never nears that limit, and two browsers changing different sites do
 * not overwrite each other's choice. Pure functions; `settings-store.ts` reads
 * and writes them.
 */
import { normaliseSettings, type Settings } from './settings';

/** The entry of the settings that apply to every site. */
export const GLOBAL_ENTRY = 'settings';
const SITE_PREFIX = 'site:';

export function siteEntry(host: string): string {
  return SITE_PREFIX + host;
}

/** A stored entry: its fields, and when it was saved. */
export type Entry = Record<string, unknown> & { savedAt: number };
/** Entries by key (`settings`, `site:<host>`). */
export type Entries = Record<string, Entry>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The entries among what an area holds. Anything else there (other keys, the
 * storage library's `…$` version keys, values that are not objects) is left out.
 */
/** Whether a stored object is in this layout (entries only), not version 1's whole settings. */
export function isEntriesLayout(stored: unknown): boolean {
  return (
    isRecord(stored) &&
    Object.keys(stored).every((key) => key === GLOBAL_ENTRY || key.startsWith(SITE_PREFIX))
  );
}

export function readEntries(stored: unknown): Entries {
  const entries: Entries = {};
  if (!isRecord(stored)) return entries;
  for (const [key, value] of Object.entries(stored)) {
    if (key !== GLOBAL_ENTRY && !(key.startsWith(SITE_PREFIX) && key.length > SITE_PREFIX.length))
      continue;
    if (!isRecord(value)) continue;
    const savedAt = typeof value.savedAt === 'number' && Number.isFinite(value.savedAt);
    entries[key] = { ...value, savedAt: savedAt ? (value.savedAt as number) : 0 };
  }
  return entries;
}

/**
 * Each entry in its newest version. On a tie the unsynced one wins: it is this
 * browser's own choice, which it could not pass on yet.
 */
export function newestEntries(synced: Entries, unsynced: Entries): Entries {
  const newest = { ...synced };
  for (const [key, entry] of Object.entries(unsynced)) {
    const other = newest[key];
    if (!other || entry.savedAt >= other.savedAt) newest[key] = entry;
  }
  return newest;
}

/** The unsynced entries that are not older than their synced version. */
export function entriesNotSuperseded(synced: Entries, unsynced: Entries): Entries {
  return Object.fromEntries(
    Object.entries(unsynced).filter(([key, entry]) => entry.savedAt >= (synced[key]?.savedAt ?? 0)),
  );
}

/** True for a site entry that holds no choice: the site's entry is to be removed. */
export function isEmptySiteEntry(key: string, entry: Entry): boolean {
  return key.startsWith(SITE_PREFIX) && entry.off !== true && entry.variant === undefined;
}

/** The settings the entries hold; a broken part falls back to its default, the rest is kept. */
export function settingsFromEntries(entries: Entries): Settings {
  const disabledSites: string[] = [];
  const variantBySite: Record<string, unknown> = {};
  // Sorted: the same entries read in any order give the same settings.
  for (const key of Object.keys(entries).sort()) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    const host = key.slice(SITE_PREFIX.length);
    const { off, variant } = entries[key]!;
    if (off === true) disabledSites.push(host);
    if (variant !== undefined) variantBySite[host] = variant;
  }
  return normaliseSettings({ ...entries[GLOBAL_ENTRY], disabledSites, variantBySite });
}

/** The entries that store `settings`, each stamped `savedAt`. Sites without a choice have none. */
export function entriesFromSettings(settings: Settings, savedAt: number): Entries {
  const global: Record<string, unknown> = { ...settings };
  // These two live in the sites' own entries.
  delete global.disabledSites;
  delete global.variantBySite;
  const entries: Entries = { [GLOBAL_ENTRY]: { ...global, savedAt } };
  for (const host of settings.disabledSites) {
    entries[siteEntry(host)] = { off: true, savedAt };
  }
  for (const [host, variant] of Object.entries(settings.variantBySite)) {
    entries[siteEntry(host)] = { ...entries[siteEntry(host)], variant, savedAt };
  }
  return entries;
}

/**
 * The entries that differ between two settings, stamped `savedAt`: only these
 * are written. A site whose choices were all undone gets an empty entry.
 */
export function changedEntries(before: Settings, after: Settings, savedAt: number): Entries {
  const old = entriesFromSettings(before, savedAt);
  const next = entriesFromSettings(after, savedAt);
  const changed: Entries = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (JSON.stringify(old[key]) !== JSON.stringify(next[key])) {
      changed[key] = next[key] ?? { savedAt };
    }
  }
  return changed;
}
