// Builds the converter assets: one self-contained ESM file per direction,
// which the content script imports from a web-accessible URL only when the
// reader asks for a conversion (a content script is one IIFE: a dynamic
// import() in it would be inlined, dictionaries and all).
//
//   node scripts/build-converters.mjs [outDir]   writes outDir/converters/*.js
//   converterPublicFiles()                        for WXT's build:publicAssets
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Asset name (under converters/) → entry module. */
export const CONVERTER_ENTRIES = {
  'to-hans': 'lib/convert/to-hans-converter.ts',
  'to-hant': 'lib/convert/to-hant-converter.ts',
};

async function bundle(name, entry) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
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

/** The converter assets as WXT public files ({ relativeDest, contents }). */
export async function converterPublicFiles() {
  const files = [];
  for (const [name, entry] of Object.entries(CONVERTER_ENTRIES)) {
    files.push({ relativeDest: `converters/${name}.js`, contents: await bundle(name, entry) });
  }
  return files;
}

/** Writes outDir/converters/*.js; returns each file's size in bytes. */
export async function writeConverterAssets(outDir) {
  const sizes = {};
  for (const file of await converterPublicFiles()) {
    const path = join(outDir, file.relativeDest);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
    sizes[file.relativeDest] = Buffer.byteLength(file.contents);
  }
  return sizes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = resolve(process.argv[2] ?? join(root, '.output', 'converter-assets'));
  const sizes = await writeConverterAssets(outDir);
  for (const [file, size] of Object.entries(sizes)) {
    console.log(`${join(outDir, file)}  ${(size / 1024).toFixed(1)} KiB`);
  }
}
