/**
 * The installed knowledge packs: the built-in ones (shipped in the build) and
 * the ones the reader imported, stored in `storage.local` under `packs` as
 * `{ id, importedAt, pack }[]`. Never synced: packs run to megabytes, and
 * `storage.sync` holds 100 KB.
 *
 * The content script calls `getEnabledPacks` at start-up, so this module must
 * not import the validator (`lib/pack/validate.ts`, valibot): imported packs
 * were validated once, at import (see `import-pack.ts`).
 */
import { storage } from '@wxt-dev/storage';
import { quietly } from '../quietly';
import { BUILTIN_PACK_IDS, isBuiltinPackId, loadBuiltinPacks, type LoadCore } from '../pack/load';
import { completePacks } from '../pack/load-details';
import { PACK_FORMAT, type Pack } from '../pack/types';
import type { Settings } from '../settings/settings';

export const PACKS_KEY = 'packs';
// Read and written by key, not as a `storage.defineItem`: an item reads its value once when it
// is defined, which here would be a second read of megabytes of packs on every page's start.
const ITEM = `local:${PACKS_KEY}` as const;

export interface InstalledPack {
  id: string;
  /** Epoch milliseconds. */
  importedAt: number;
  pack: Pack;
}

export interface InstalledPacks {
  builtin: Pack[];
  imported: InstalledPack[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A cheap shape check, not validation: it only keeps a damaged storage value
 * (another version's layout, a partial write) from reaching the matcher.
 */
function looksLikePack(value: unknown, id: string): value is Pack {
  if (!isRecord(value)) return false;
  return (
    value.format === PACK_FORMAT &&
    value.id === id &&
    isRecord(value.name) &&
    ['sources', 'entities', 'relations', 'figures'].every((key) => Array.isArray(value[key]))
  );
}

function normaliseInstalled(stored: unknown): InstalledPack[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const installed: InstalledPack[] = [];
  for (const entry of stored) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue;
    if (seen.has(entry.id) || isBuiltinPackId(entry.id)) continue;
    if (!looksLikePack(entry.pack, entry.id)) continue;
    seen.add(entry.id);
    const importedAt = typeof entry.importedAt === 'number' ? entry.importedAt : 0;
    installed.push({ id: entry.id, importedAt, pack: entry.pack });
  }
  return installed;
}

export async function loadImportedPacks(): Promise<InstalledPack[]> {
  return normaliseInstalled(await storage.getItem(ITEM));
}

/** Both at once: the built-in cores are the extension's files, the imported packs storage's. */
export async function loadInstalledPacks(): Promise<InstalledPacks> {
  const [builtin, imported] = await Promise.all([loadBuiltinPacks(), loadImportedPacks()]);
  return { builtin: [...builtin], imported };
}

/** The installed packs with the built-in ones whole, for the pages that show what they hold. */
export async function loadWholeInstalledPacks(): Promise<InstalledPacks> {
  const { builtin, imported } = await loadInstalledPacks();
  return { builtin: await completePacks(builtin), imported };
}

/**
 * The packs to match with: built-in first, then imported, without the disabled
 * ones. A disabled built-in pack is not even loaded. `loadCore`: how a
 * built-in core is read (a page's reads started early).
 */
export async function getEnabledPacks(
  settings: Pick<Settings, 'disabledPacks'>,
  imported: InstalledPack[] | Promise<InstalledPack[]> = loadImportedPacks(),
  loadCore?: LoadCore,
): Promise<Pack[]> {
  const off = new Set(settings.disabledPacks);
  const builtinOn = BUILTIN_PACK_IDS.some((id) => !off.has(id));
  const [builtin, stored] = await Promise.all([
    builtinOn ? loadBuiltinPacks(loadCore) : [],
    imported,
  ]);
  return [...builtin, ...stored.map((entry) => entry.pack)].filter((pack) => !off.has(pack.id));
}

/** One write of the whole list: if the browser refuses it (quota), what was stored stays. */
export async function saveImportedPacks(packs: readonly InstalledPack[]): Promise<void> {
  await storage.setItem(ITEM, packs);
}

export async function removeImportedPack(id: string): Promise<InstalledPack[]> {
  const remaining = (await loadImportedPacks()).filter((entry) => entry.id !== id);
  await saveImportedPacks(remaining);
  return remaining;
}

/** Calls `listener` when the imported packs change; stops when `signal` aborts. */
export function watchImportedPacks(
  signal: AbortSignal,
  listener: (packs: InstalledPack[]) => void,
): void {
  const unwatch = storage.watch(ITEM, (stored) => listener(normaliseInstalled(stored)));
  signal.addEventListener('abort', () => quietly(unwatch), { once: true });
}
