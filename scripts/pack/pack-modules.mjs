// The built-in packs' cores and details as web-accessible files, for WXT's build:publicAssets:
// the data as JSON (packs/<id>.core.json, packs/<id>.details.json) and beside each a small ES
// module that reads it (packs/<id>.core.js, packs/<id>.details.js). The content script imports
// a core when a page is to be matched (lib/pack/load.ts) and the details when a card first
// needs them (lib/pack/load-details.ts); an import asked for twice is answered once from the
// page's module map, so the page can start it early.
//
// Why not `export default JSON.parse("<the data>")`: that string is a constant of the module's
// code, which the page keeps as long as the module, beside the objects parsed from it (0.3 MB
// of the core on every matched page, 1 MB more once a card opens). Parsed from the response's
// bytes, only the objects stay.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PACKS = resolve(import.meta.dirname, '../../assets/packs');
const PARTS = ['core', 'details'];

/** The module: its data's file, read once, or an error that names the file and the status. */
const readerModule = (jsonName) =>
  `const response = await fetch(new URL(${JSON.stringify(`./${jsonName}`)}, import.meta.url));\n` +
  `if (!response.ok) throw new Error(\`${jsonName}: \${response.status}\`);\n` +
  `export default await response.json();\n`;

export async function packModulePublicFiles() {
  const files = await readdir(PACKS);
  const parts = await Promise.all(
    PARTS.flatMap((part) => {
      const suffix = `.${part}.generated.json`;
      return files
        .filter((name) => name.endsWith(suffix))
        .map(async (name) => {
          const base = `${name.slice(0, -suffix.length)}.${part}`;
          const json = JSON.stringify(JSON.parse(await readFile(join(PACKS, name), 'utf8')));
          return [
            { relativeDest: `packs/${base}.json`, contents: json },
            { relativeDest: `packs/${base}.js`, contents: readerModule(`${base}.json`) },
          ];
        });
    }),
  );
  return parts.flat();
}
