/**
 * Importing a pack from a file the reader chose: parsed, validated, refused
 * with every error's JSON path, or stored. A refused file changes nothing, and
 * neither does one the browser will not store (its storage quota is full).
 * Only the options page imports this (it pulls in the validator).
 */
import { isBuiltinPackId } from '../pack/load';
import { validatePack, type PackError } from '../pack/validate';
import type { Pack } from '../pack/types';
import { loadImportedPacks, saveImportedPacks } from './packs-store';

export type ImportResult =
  | { ok: true; pack: Pack; replaced: boolean }
  | {
      ok: false;
      reason: 'not-json' | 'invalid' | 'builtin-id' | 'not-stored';
      errors: PackError[];
    };

function parsePackText(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', errors: [{ path: '', message }] };
  }
  const checked = validatePack(json);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  if (isBuiltinPackId(checked.pack.id)) {
    return {
      ok: false,
      reason: 'builtin-id',
      errors: [{ path: 'id', message: `"${checked.pack.id}" is the id of the built-in pack` }],
    };
  }
  return { ok: true, pack: checked.pack, replaced: false };
}

/** Validates and stores; a pack with the id of an imported one replaces it (a newer version). */
export async function importPackText(text: string, now = Date.now()): Promise<ImportResult> {
  const parsed = parsePackText(text);
  if (!parsed.ok) return parsed;
  const installed = await loadImportedPacks();
  const entry = { id: parsed.pack.id, importedAt: now, pack: parsed.pack };
  const replaced = installed.some((old) => old.id === entry.id);
  try {
    await saveImportedPacks(
      replaced
        ? installed.map((old) => (old.id === entry.id ? entry : old))
        : [...installed, entry],
    );
  } catch (error) {
    // Most likely the quota (`storage.local` holds 10 MB in Chrome). The list is written in one
    // call, so the packs stored before are still there.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-stored', errors: [{ path: '', message }] };
  }
  return { ok: true, pack: parsed.pack, replaced };
}
