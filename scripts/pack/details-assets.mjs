// The built-in packs' details as web-accessible ESM files (packs/<id>.details.js), for
// WXT's build:publicAssets. The content script imports one when a card first needs it
// (lib/pack/load-details.ts); JSON.parse of a string is the fastest way to load the data.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PACKS = resolve(import.meta.dirname, '../../assets/packs');
const SUFFIX = '.details.generated.json';

export async function packDetailsPublicFiles() {
  const names = (await readdir(PACKS)).filter((name) => name.endsWith(SUFFIX));
  return Promise.all(
    names.map(async (name) => {
      const json = JSON.stringify(JSON.parse(await readFile(join(PACKS, name), 'utf8')));
      return {
        relativeDest: `packs/${name.slice(0, -SUFFIX.length)}.details.js`,
        contents: `export default JSON.parse(${JSON.stringify(json)});\n`,
      };
    }),
  );
}
