import { getBuiltinPacks } from '../pack/load';
import type { Pack } from '../pack/types';
import { builtinMatcher } from './builtin.generated';
import type { CompiledMatcher } from './compile';
import { fromPrecompiledMatcher } from './precompiled';

/**
 * The compiled matcher of the built-in packs, made at build time, when
 * `packs` are exactly those packs (the same objects, in order); else
 * undefined. builtin.test.ts checks that it equals a fresh compile.
 */
export function builtinCompiled(packs: readonly Pack[]): CompiledMatcher | undefined {
  const builtin = getBuiltinPacks();
  if (packs.length !== builtin.length || packs.some((p, i) => p !== builtin[i])) return undefined;
  return fromPrecompiledMatcher(builtinMatcher());
}
