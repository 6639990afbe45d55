/**
 * The built-in packs' cores read from the generated files at import: for
 * tests and Node scripts (the names index build, the benchmarks, coverage),
 * which run without the built extension. The extension itself never imports
 * this; it loads each core as its own asset (load.ts). The packs are the same
 * objects `loadBuiltinPacks` gives where the asset loader serves these files.
 */
import { builtinCoreFile } from './builtin-files';
import { BUILTIN_PACK_IDS, builtinPackOf } from './load';
import type { Pack } from './types';

const PACKS: readonly Pack[] = Object.freeze(
  BUILTIN_PACK_IDS.map((id) => builtinPackOf(builtinCoreFile(id))),
);

export function getBuiltinPacks(): readonly Pack[] {
  return PACKS;
}
