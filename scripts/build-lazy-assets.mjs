// Builds the assets the content script loads only when a reader asks for them: one
// self-contained ESM file each, imported from a web-accessible URL (a content script is one
// IIFE: a dynamic import() in it would be inlined, and every page would pay for it at start).
// - converters/to-hans.js, converters/to-hant.js: a conversion's dictionaries;
// - ui/card.js: the hover card's UI (Preact, its components and styles, placement);
// - engine/page.js: all that matches and annotates a page (lib/content/page-engine.ts),
//   imported at the start of a page that will be annotated.
//
//   node scripts/build-lazy-assets.mjs [outDir]   writes outDir/converters/*.js and outDir/ui/*.js
//   lazyAssetPublicFiles()                         for WXT's build:publicAssets
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Asset path → entry module. */
const LAZY_ASSET_ENTRIES = {
  'converters/to-hans': 'lib/convert/to-hans-converter.ts',
  'converters/to-hant': 'lib/convert/to-hant-converter.ts',
  'ui/card': 'lib/card/card-ui.tsx',
  'engine/page': 'lib/content/page-engine.ts',
};

/**
 * V8's compile hint (Chromium 136+; a comment elsewhere): compile every function of the file
 * when the file is compiled, off the main thread while it arrives, and keep them all in the
 * code cache of the next pages. Without it the page engine's functions were compiled one by one
 * inside the first scan (10–19 ms of a typical article's scan here); a file only some of
 * whose functions run stays lazy.
 */
const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad';
const CALLED_ON_LOAD = new Set(['engine/page']);

async function bundle(name, entry) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // The project's own `@/` imports (WXT sets the same alias for the extension's build).
    resolve: { alias: { '@': root } },
    build: {
      lib: {
        entry: join(root, entry),
        formats: ['es'],
        fileName: () => `${name.split('/').pop()}.js`,
      },
      write: false,
      minify: true,
      // Vite keeps an ES library's white space (for later bundlers): these files are loaded as
      // they are, so they are minified whole, like the content script.
      rolldownOptions: { output: { minify: true } },
      emptyOutDir: false,
      reportCompressedSize: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${name}: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

/** The lazy assets as WXT public files ({ relativeDest, contents }). */
export async function lazyAssetPublicFiles() {
  const files = [];
  for (const [name, entry] of Object.entries(LAZY_ASSET_ENTRIES)) {
    const code = await bundle(name, entry);
    const hint = CALLED_ON_LOAD.has(name) ? `${ALL_FUNCTIONS_CALLED_ON_LOAD}\n` : '';
    files.push({ relativeDest: `${name}.js`, contents: hint + code });
  }
  return files;
}

/** Writes outDir/converters/*.js and outDir/ui/*.js; returns each file's size in bytes. */
export async function writeLazyAssets(outDir) {
  const sizes = {};
  for (const file of await lazyAssetPublicFiles()) {
    const path = join(outDir, file.relativeDest);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
    sizes[file.relativeDest] = Buffer.byteLength(file.contents);
  }
  return sizes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = resolve(process.argv[2] ?? join(root, '.output', 'lazy-assets'));
  const sizes = await writeLazyAssets(outDir);
  for (const [file, size] of Object.entries(sizes)) {
    console.log(`${join(outDir, file)}  ${(size / 1024).toFixed(1)} KiB`);
  }
}
