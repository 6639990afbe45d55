// Builds the assets the content script loads only when a reader asks for them: one
// self-contained ESM file each, imported from a web-accessible URL (a content script is one
// IIFE: a dynamic import() in it would be inlined, and every page would pay for it at start).
// - converters/to-hans.js, converters/to-hant.js: a conversion's dictionaries;
// - ui/card.js: the hover card's UI (Preact, its components and styles, placement).
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
};

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
    files.push({ relativeDest: `${name}.js`, contents: await bundle(name, entry) });
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
