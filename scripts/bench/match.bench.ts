import { afterAll, describe, it } from 'vitest';
import pack from '../../assets/packs/cloud-2023.json';
import { compilePacks } from '../../lib/match/compile';
import { createEvidenceTracker } from '../../lib/match/evidence';
import { findMentions } from '../../lib/match/find-mentions';
import { loadCompiled, serializeCompiled } from '../../lib/match/serialize';
import { parseFigures } from '../../lib/figures';
import { createMatcher, createMatcherFrom } from '../../lib/match/matcher';
import type * as MatchModule from '../../lib/match/index';
import type { Pack } from '../../lib/pack/types';
import { bundleMatch, coldRuns } from './match-cold';
import { generatedPack, newsText, seedFile } from './match-data';

const gc = (globalThis as { gc?: () => void }).gc;

interface Spread {
  min: number;
  median: number;
  max: number;
}

const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
};

/**
 * Wall and CPU time of each run. The machine is shared: wall time includes
 * waiting for a core, this process's CPU time mostly does not.
 */
function time(run: () => void, repeat: number): { wall: Spread; cpu: Spread; first: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: spread(wall), cpu: spread(cpu), first: wall[0] ?? 0 };
}

/** Live heap and array buffers; array buffers are freed after a collection, so wait a little. */
async function memory(): Promise<number> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const mb = (x: number): string => `${(x / 1e6).toFixed(1)} MB`;
const range = (s: Spread): string =>
  `${s.min.toFixed(2)}–${s.max.toFixed(2)} ms, median ${ms(s.median)}`;

describe('matching benchmark (figures only, no time assertions)', () => {
  const seedPacks = [pack as unknown as Pack];
  const text = newsText(1_000_000);
  const paragraphs = text.split('\n').filter((p) => p.length > 0);
  const report: string[] = [
    `news text: ${text.length} UTF-16 units, ${paragraphs.length} paragraphs`,
  ];

  const throughput = (label: string, run: () => void, units: number): void => {
    run(); // warm-up
    const { wall, cpu } = time(run, 9);
    const rate = (t: number): string => `${(units / t / 1000).toFixed(1)} M units/s`;
    report.push(
      `${label}: wall ${ms(wall.median)} → ${rate(wall.median)} (best ${rate(wall.min)}); ` +
        `CPU ${ms(cpu.median)} → ${rate(cpu.median)}`,
    );
  };

  it('seed pack: cold start in fresh processes', async () => {
    const bundle = await bundleMatch();
    for (const compile of [false, true]) {
      const runs = coldRuns(bundle.file, 11, seedFile, compile);
      const of = (key: 'importMs' | 'buildMs' | 'firstMatchMs'): string =>
        range(spread(runs.map((r) => r[key])));
      report.push(
        `seed pack, cold (fresh bundled process ×${runs.length}, ${compile ? 'compiled at run time' : 'built-in form'}): ` +
          `import incl. pack JSON ${of('importMs')}; createMatcher ${of('buildMs')}; ` +
          `first match() of the seed article ${of('firstMatchMs')}`,
      );
    }
    bundle.dispose();
  });

  it('seed pack: build and throughput', () => {
    const warm = time(() => createMatcher(seedPacks), 21).wall.median;
    const warmCompile = time(() => createMatcherFrom(compilePacks(seedPacks)), 21).wall.median;
    const aliasCount = compilePacks(seedPacks).flags.length;
    report.push(
      `seed pack (${aliasCount} folded names), warm: createMatcher ${ms(warm)} (built-in form), ${ms(warmCompile)} compiled`,
    );
    const matcher = createMatcher(seedPacks);
    throughput('seed pack, match() on one 1 MB string', () => matcher.match(text), text.length);
    throughput(
      'seed pack, match() per paragraph',
      () => {
        for (const p of paragraphs) matcher.match(p);
      },
      text.length,
    );
    throughput(
      'seed pack, findMentions() per paragraph (entities + figures + evidence)',
      () => {
        const evidence = createEvidenceTracker(seedPacks);
        for (const p of paragraphs) findMentions(p, matcher, seedPacks, evidence);
      },
      text.length,
    );
    throughput(
      'for comparison: lib/figures parseFigures() alone, per paragraph',
      () => {
        for (const p of paragraphs) parseFigures(p);
      },
      text.length,
    );
  });

  it('as shipped (bundled, minified): match() per paragraph, seed and generated packs', async () => {
    // Vitest runs lib/match through its module transform, where imports are
    // property reads on module objects; the extension ships a bundle.
    const bundle = await bundleMatch();
    const shipped = (await import(bundle.file)) as typeof MatchModule;
    bundle.dispose();
    const seed = shipped.createMatcher(seedPacks);
    const big = shipped.createMatcher([generatedPack(100_000), ...seedPacks]);
    for (const [label, matcher] of [
      ['seed pack', seed],
      ['generated pack', big],
    ] as const)
      throughput(
        `bundled: ${label}, match() per paragraph`,
        () => {
          for (const p of paragraphs) matcher.match(p);
        },
        text.length,
      );
  });

  it('generated pack of 100 000 aliases: build, memory, throughput', async () => {
    const big = [generatedPack(100_000), ...seedPacks];
    const before = await memory();
    const t0 = performance.now();
    const compiled = compilePacks(big);
    const build = performance.now() - t0;
    const matcher = createMatcherFrom(compiled);
    const after = await memory();
    report.push(
      `generated pack (${compiled.flags.length} folded names, ${compiled.trie.cells.length / 3} slots, ` +
        `alphabet ${compiled.trie.alphabet.length}): build ${ms(build)}, memory +${mb(after - before)}`,
    );
    report.push(`generated pack: rebuild ${range(time(() => compilePacks(big), 3).wall)}`);
    throughput(
      'generated pack, match() per paragraph',
      () => {
        for (const p of paragraphs) matcher.match(p);
      },
      text.length,
    );
    const bytes = serializeCompiled(compiled);
    const load = time(() => createMatcherFrom(loadCompiled(bytes)), 11);
    report.push(
      `generated pack, serialised form: ${mb(bytes.length)}; load ${ms(load.first)} first, ${range(load.wall)}`,
    );
    const beforeLoad = await memory();
    const loaded = createMatcherFrom(loadCompiled(bytes.slice()));
    report.push(
      `generated pack, loaded: memory +${mb((await memory()) - beforeLoad)} (incl. its bytes)`,
    );
    throughput(
      'generated pack (loaded), match() per paragraph',
      () => {
        for (const p of paragraphs) loaded.match(p);
      },
      text.length,
    );
  });

  afterAll(() => {
    console.log(`\n${report.join('\n')}\n`);
  });
});
