/**
 * The installed knowledge packs: the built-in ones (shipped in the build) and
 * the ones the reader imported, stored in `storage.local` under `packs` as
 * `{ id, importedAt, pack }[]`.
 *
 * The content script calls `getEnabledPacks` at start-up, so this module must
 * not import the validator (`lib/pack/validate.ts`, valibot): imported packs
 * were validated once, at import (see `import-pack.ts`).
 */
import { browser } from 'wxt/browser';
import { getBuiltinPacks } from '../pack/load';
import { completePacks } from '../pack/load-details';
import { PACK_FORMAT, type Pack } from '../pack/types';
import type { Settings } from '../settings/settings';

export const PACKS_KEY = 'packs';

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

export function normaliseInstalled(stored: unknown): InstalledPack[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set(getBuiltinPacks().map((pack) => pack.id));
  const installed: InstalledPack[] = [];
  for (const entry of stored) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || seen.has(entry.id)) continue;
    if (!looksLikePack(entry.pack, entry.id)) continue;
    seen.add(entry.id);
    const importedAt = typeof entry.importedAt === 'number' ? entry.importedAt : 0;
    installed.push({ id: entry.id, importedAt, pack: entry.pack });
  }
  return installed;
}

export async function loadImportedPacks(): Promise<InstalledPack[]> {
  const stored = await browser.storage.local.get(PACKS_KEY);
  return normaliseInstalled(stored[PACKS_KEY]);
}

export async function loadInstalledPacks(): Promise<InstalledPacks> {
  return { builtin: [...getBuiltinPacks()], imported: await loadImportedPacks() };
}

/** The installed packs with the built-in ones whole, for the pages that show what they hold. */
export async function loadWholeInstalledPacks(): Promise<InstalledPacks> {
  const { builtin, imported } = await loadInstalledPacks();
  return { builtin: await completePacks(builtin), imported };
}

/** The packs to match with: built-in first, then imported, without the disabled ones. */
export async function getEnabledPacks(
  settings: Pick<Settings, 'disabledPacks'>,
  installed: Promise<InstalledPacks> = loadInstalledPacks(),
): Promise<Pack[]> {
  const { builtin, imported } = await installed;
  const off = new Set(settings.disabledPacks);
  return [...builtin, ...imported.map((entry) => entry.pack)].filter((pack) => !off.has(pack.id));
}

export async function saveImportedPacks(packs: readonly InstalledPack[]): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: packs });
}

export async function removeImportedPack(id: string): Promise<InstalledPack[]> {
  const remaining = (await loadImportedPacks()).filter((entry) => entry.id !== id);
  await saveImportedPacks(remaining);
  return remaining;
}

/** Calls `listener` when the imported packs change; stops when `signal` aborts. */
export function watchImportedPacks(
  listener: (packs: InstalledPack[]) => void,
  signal: AbortSignal,
): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PACKS_KEY];
    if (area === 'local' && change) listener(normaliseInstalled(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
}
