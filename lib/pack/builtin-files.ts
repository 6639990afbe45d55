/**
 * The built-in packs' generated files as data, for tests and Node scripts:
 * what the build turns into the files `packs/<id>.core.json` and
 * `packs/<id>.details.json`. Nothing else is imported here, so a test's stand-in
 * for the asset loader can serve these without loading the loader itself.
 */
import cloud2023Core from '../../assets/packs/cloud-2023.core.generated.json';
import cloud2023Details from '../../assets/packs/cloud-2023.details.generated.json';
import type { PackDetails } from './pack-details';

const CORES: Readonly<Record<string, object>> = { 'cloud-2023': cloud2023Core };
// JSON imports type strings as `string`: the generated files are checked by tests.
const DETAILS = { 'cloud-2023': cloud2023Details } as unknown as Record<string, PackDetails>;

function fileOf<T>(files: Readonly<Record<string, T>>, id: string): T {
  const file = files[id];
  if (!file) throw new Error(`no built-in pack ${id}`);
  return file;
}

/** A built-in pack's stored core, as the file `packs/<id>.core.json` holds it. */
export const builtinCoreFile = (id: string): object => fileOf(CORES, id);

/** A built-in pack's details, as the file `packs/<id>.details.json` holds them. */
export const builtinDetailsFile = (id: string): PackDetails => fileOf(DETAILS, id);
