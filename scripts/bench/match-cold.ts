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
  /** The first createMatcher for the built-in pack: fold table, guards, compile or load. */
  buildMs: number;
  /** Then the first match() of the seed article. */
  firstMatchMs: number;
}

/** What the content script does: import the matcher and the built-in packs, build, match. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, seedFile, mode] = process.argv.slice(2);
const seed = readFileSync(seedFile, 'utf8');
let t = performance.now();
const m = await import(bundle);
const importMs = performance.now() - t;
// 'compile': copies of the packs, as when packs are imported: no build-time form applies.
const packs = mode === 'compile' ? m.getBuiltinPacks().map((p) => ({ ...p })) : m.getBuiltinPacks();
t = performance.now();
const matcher = m.createMatcher(packs);
const buildMs = performance.now() - t;
t = performance.now();
matcher.match(seed);
const firstMatchMs = performance.now() - t;
console.log(JSON.stringify({ importMs, buildMs, firstMatchMs }));
`;

/**
 * lib/match (with the built-in packs) as one minified ES module in a
 * temporary folder (`dispose` removes it).
 */
export async function bundleMatch(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'match-bundle-'));
  writeFileSync(
    join(dir, 'entry.ts'),
    `export * from '${repo}/lib/match/index';\nexport { getBuiltinPacks } from '${repo}/lib/pack/load';\n`,
  );
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  await build({
    input: join(dir, 'entry.ts'),
    output: { file: join(dir, 'match.mjs'), format: 'esm', minify: true },
    logLevel: 'silent',
  });
  return {
    file: join(dir, 'match.mjs'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * `runs` fresh processes on a bundle, one after the other; each reports its
 * own figures. `compile`: make createMatcher compile the packs at run time.
 */
export function coldRuns(
  bundle: string,
  runs: number,
  seedFile: string,
  compile = false,
): ColdRun[] {
  const args = [join(dirname(bundle), 'child.mjs'), bundle, seedFile, compile ? 'compile' : 'load'];
  const out: ColdRun[] = [];
  for (let i = 0; i < runs; i++)
    out.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as ColdRun);
  return out;
}
