import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

/**
 * Cold start as a page sees it: lib/match bundled and minified (as the
 * extension ships it) and run in a fresh Node process, so nothing is
 * JIT-compiled, cached or already expanded.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ColdRun {
  /** Evaluating the bundled module, the built-in pack's JSON included. */
  importMs: number;
  /** The first matcher for the built-in pack: from its names index, or compiled. */
  buildMs: number;
  /** Then the first match() of the seed article. */
  firstMatchMs: number;
}

/**
 * What the content script does: import the matcher and the built-in packs, make the matcher
 * (mode 'index': from the names index's bytes, as a page with the built-in pack does;
 * 'compile': compiled from the names, as for imported packs), match.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, seedFile, mode, indexFile] = process.argv.slice(2);
const seed = readFileSync(seedFile, 'utf8');
// The bytes a page fetches, read before the clock starts (the fetch is not the matcher's).
const bytes = mode === 'index' ? new Uint8Array(readFileSync(indexFile)).buffer : null;
let t = performance.now();
const m = await import(bundle);
const importMs = performance.now() - t;
const packs = m.getBuiltinPacks();
t = performance.now();
let matcher;
if (bytes) {
  const [pack] = packs;
  const index = m.readNamesIndex(bytes, [m.packKey(pack)], pack.entities);
  if (!index) throw new Error('the names index was refused');
  matcher = m.createMatcherFrom(index.compiled, index.filter);
} else {
  matcher = m.createMatcher(packs);
}
const buildMs = performance.now() - t;
t = performance.now();
matcher.match(seed);
const firstMatchMs = performance.now() - t;
console.log(JSON.stringify({ importMs, buildMs, firstMatchMs }));
`;

/** Writes the built-in pack's names index as the build does, once, beside the bundle. */
const WRITE_INDEX = `
import { writeFileSync } from 'node:fs';
const [bundle, indexFile] = process.argv.slice(2);
const m = await import(bundle);
const packs = m.getBuiltinPacks();
writeFileSync(indexFile, m.compileNamesIndex(packs, packs.map(m.packKey)));
`;

/**
 * lib/match (with the built-in packs) as one minified ES module in a
 * temporary folder (`dispose` removes it).
 */
export async function bundleMatch(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'match-bundle-'));
  writeFileSync(
    join(dir, 'entry.ts'),
    `export * from '${repo}/lib/match/index';\n` +
      `export { compileNamesIndex, readNamesIndex } from '${repo}/lib/match/names-index';\n` +
      `export { getBuiltinPacks } from '${repo}/lib/pack/builtin-bundled';\n` +
      `export { packKey } from '${repo}/lib/pack/load';\n`,
  );
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  writeFileSync(join(dir, 'write-index.mjs'), WRITE_INDEX);
  await build({
    input: join(dir, 'entry.ts'),
    output: { file: join(dir, 'match.mjs'), format: 'esm', minify: true },
    logLevel: 'silent',
  });
  const file = join(dir, 'match.mjs');
  execFileSync(process.execPath, [join(dir, 'write-index.mjs'), file, indexFileOf(file)]);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const indexFileOf = (bundle: string): string => join(dirname(bundle), 'names.bin');

/**
 * `runs` fresh processes on a bundle, one after the other; each reports its
 * own figures. `compile`: compile the packs' names instead of reading the names index.
 */
export function coldRuns(
  bundle: string,
  runs: number,
  seedFile: string,
  compile = false,
): ColdRun[] {
  const mode = compile ? 'compile' : 'index';
  const args = [join(dirname(bundle), 'child.mjs'), bundle, seedFile, mode, indexFileOf(bundle)];
  const out: ColdRun[] = [];
  for (let i = 0; i < runs; i++)
    out.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as ColdRun);
  return out;
}
