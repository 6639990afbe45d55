// The built-in packs' cores and details as web-accessible ESM files (packs/<id>.core.js,
// packs/<id>.details.js), for WXT's build:publicAssets. The content script imports a core
// when a page is to be matched (lib/pack/load.ts) and the details when a card first needs
// them (lib/pack/load-details.ts); JSON.parse of a string is the fastest way to load data.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PACKS = resolve(import.meta.dirname, '../../assets/packs');
const PARTS = ['core', 'details'];

export async function packModulePublicFiles() {
  const files = await readdir(PACKS);
  return Promise.all(
    PARTS.flatMap((part) => {
      const suffix = `.${part}.generated.json`;
      return files
        .filter((name) => name.endsWith(suffix))
        .map(async (name) => {
          const json = JSON.stringify(JSON.parse(await readFile(join(PACKS, name), 'utf8')));
          return {
            relativeDest: `packs/${name.slice(0, -suffix.length)}.${part}.js`,
            contents: `export default JSON.parse(${JSON.stringify(json)});\n`,
          };
        });
    }),
  );
}
