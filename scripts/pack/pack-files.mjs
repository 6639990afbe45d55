// The built-in packs' cores and details as web-accessible JSON files (packs/<id>.core.json,
// packs/<id>.details.json), for WXT's build:publicAssets. A page reads a core when it is to be
// matched (lib/pack/load.ts) and the details when a card first needs them
// (lib/pack/load-details.ts), each with `response.json()` (lib/pack/extension-json.ts).
//
// Not as modules (`export default JSON.parse("<the data>")`): that string is a constant of the
// module's code, which the page keeps as long as the module, beside the objects parsed from it
// (0.33 MB of the core on every matched page, 1 MB more once a card opens).
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PACKS = resolve(import.meta.dirname, '../../assets/packs');
const PARTS = ['core', 'details'];

export async function packDataPublicFiles() {
  const files = await readdir(PACKS);
  return Promise.all(
    PARTS.flatMap((part) => {
      const suffix = `.${part}.generated.json`;
      return files
        .filter((name) => name.endsWith(suffix))
        .map(async (name) => ({
          relativeDest: `packs/${name.slice(0, -suffix.length)}.${part}.json`,
          // Minified: the generated file is indented for its diffs.
          contents: JSON.stringify(JSON.parse(await readFile(join(PACKS, name), 'utf8'))),
        }));
    }),
  );
}
