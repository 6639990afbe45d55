/**
 * The built-in packs whole, core and details joined at import: for tests and
 * Node scripts, which read the generated files directly. The extension never
 * imports this (its pages and content script load details on demand).
 */
import cloud2023Details from '../../assets/packs/cloud-2023.details.generated.json';
import { getBuiltinPacks } from './load';
import { joinPack, type PackDetails } from './pack-details';
import type { Pack } from './types';

// JSON imports type strings as `string`: the generated files are checked by tests.
const DETAILS = { 'cloud-2023': cloud2023Details } as unknown as Record<string, PackDetails>;

const WHOLE: readonly Pack[] = Object.freeze(
  getBuiltinPacks().map((core) => joinPack(core, DETAILS[core.id]!)),
);

export function getBuiltinWholePacks(): readonly Pack[] {
  return WHOLE;
}

/** Details as the content script's loader gives them, from the generated files. */
export const loadBuiltinDetails = (id: string): Promise<PackDetails> => {
  const details = DETAILS[id];
  return details ? Promise.resolve(details) : Promise.reject(new Error(`no pack ${id}`));
};
