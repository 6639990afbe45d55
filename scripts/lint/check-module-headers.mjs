// Fails when a source module does not open with a header comment saying what it is for: a
// newcomer reads a file's first lines to learn where it fits. Checks the .ts/.tsx modules
// under lib/, components/ and entrypoints/ (not tests, generated tables or declarations);
// the header is a `/** ... */` block or `//` lines, before anything else in the file.
// Usage: node scripts/lint/check-module-headers.mjs [root] (root defaults to this repository).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../..'));
const SOURCE_FOLDERS = ['lib', 'components', 'entrypoints'];
const MODULE = /\.tsx?$/;
const NOT_A_MODULE = /\.(?:test|generated)\.|\.d\.ts$/;
const HEADER = /^(?:\/\*\*[\s\S]*?\*\/|\/\/.*)/;

function modulesUnder(folder) {
  let entries;
  try {
    entries = readdirSync(resolve(ROOT, folder), { recursive: true, withFileTypes: true });
  } catch {
    return []; // a root without this folder has no modules there
  }
  return entries
    .filter((entry) => entry.isFile() && MODULE.test(entry.name) && !NOT_A_MODULE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => path.slice(ROOT.length + 1))
    .filter((file) => !file.split('/').includes('node_modules'));
}

const files = SOURCE_FOLDERS.flatMap(modulesUnder).sort();
const headerless = files.filter((file) => !HEADER.test(readFileSync(resolve(ROOT, file), 'utf8')));

if (headerless.length > 0) {
  console.error(`Modules without a header comment:\n${headerless.join('\n')}`);
  process.exit(1);
}
console.log(`module headers: all ${files.length} modules open with a header comment`);
