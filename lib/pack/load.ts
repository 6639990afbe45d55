import cloud2023 from '../../assets/packs/cloud-2023.json';
import type { Pack } from './types';

/**
 * The packs built into the extension, as typed data. No validator here: this
 * runs at content-script start-up, and the built-in packs are validated by
 * tests (`validate.test.ts`, `tests/unit/pack/`) before they can ship.
 */
// JSON imports type strings as `string`, not as the pack's unions: the cast
// is checked by the tests above, not by the compiler.
const BUILTIN_PACKS: readonly Pack[] = Object.freeze([cloud2023 as unknown as Pack]);

export function getBuiltinPacks(): readonly Pack[] {
  return BUILTIN_PACKS;
}
