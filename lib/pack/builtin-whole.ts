/**
 * The built-in packs whole, core and details joined at import: for tests and
 * Node scripts, which read the generated files directly. The extension never
 * imports this (its pages and content script load details on demand).
 */
import { getBuiltinPacks } from './builtin-bundled';
import { builtinDetailsFile } from './builtin-files';
import { joinPack } from './pack-details';
import type { Pack } from './types';

const WHOLE: readonly Pack[] = Object.freeze(
  getBuiltinPacks().map((core) => joinPack(core, builtinDetailsFile(core.id))),
);

export function getBuiltinWholePacks(): readonly Pack[] {
  return WHOLE;
}
