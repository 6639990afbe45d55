/**
 * The packs built into the extension, as typed data: their cores (names,
 * aliases, relations, figures; lib/pack/pack-details.ts), what matching needs
 * at page start. Their details load on first use (load-details.ts). No
 * validator here: this runs at content-script start-up, and the built-in
 * packs are validated when they are compiled (`npm run pack`) and in tests.
 */
import cloud2023 from '../../assets/packs/cloud-2023.core.generated.json';
import { expandCore } from './pack-details';
import type { Pack } from './types';

// JSON imports type strings as `string`, not as the pack's unions: the cast in
// expandCore is checked by the tests, not by the compiler.
const BUILTIN_PACKS: readonly Pack[] = Object.freeze([expandCore(cloud2023)]);

export function getBuiltinPacks(): readonly Pack[] {
  return BUILTIN_PACKS;
}

/** Where the build puts a built-in pack's details (wxt.config.ts). */
export const detailsAssetPath = (id: string): string => `/packs/${id}.details.js`;

/** Where the build puts a built-in pack's names index (lib/match/names-index.ts, wxt.config.ts). */
export const namesIndexPath = (id: string): string => `/packs/${id}.names.bin`;

/** What a names index records it was made from, so bytes of another pack version are refused. */
export const packKey = (pack: Pick<Pack, 'id' | 'version'>): string => `${pack.id}@${pack.version}`;
