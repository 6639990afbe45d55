import { afterAll, beforeAll, describe, it } from 'vitest';
import { getBuiltinPacks } from '../../lib/pack/builtin-bundled';
import { compilePacks, type CompiledMatcher } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find-mentions';
import { parseFigures } from '../../lib/figures';
import { createMatcher, createMatcherFrom } from '../../lib/match/matcher';
import type * as MatchModule from '../../lib/match/index';
import { bundleMatch, coldRuns } from './match-cold';
import { generatedPack, newsText, seedFile } from './match-data';
import {
  interleave,
  mb,
  memory,
  mid,
  ms,
  range,
  rates,
  ratios,
  spread,
  time,
  verdict,
} from './match-timing';

/** Rounds of the interleaved throughput comparison (each runs four passes over the text). */
const ROUNDS = 31;
/** Parts per pass, interleaved across the four runs. */
const SLICES = 20;
/** Rounds of the interleaved findMentions() comparison (each runs both forms over the text). */
const FIND_ROUNDS = 15;
/** The target for findMentions() per paragraph: figures at no less than half the matcher's speed. */
const FIND_TARGET = 30;

describe('matching benchmark (figures only, no time assertions)', () => {
  const seedPacks = [getBuiltinPacks()[0]!];
  const bigPacks = [generatedPack(100_000), ...seedPacks];
  const text = newsText(1_000_000);
  const paragraphs = text.split('\n').filter((p) => p.length > 0);
  // About 50 000 units per part: a few milliseconds each.
  const parts = Array.from({ length: SLICES }, (_, k) =>
    paragraphs.slice(
      Math.floor((k * paragraphs.length) / SLICES),
      Math.floor(((k + 1) * paragraphs.length) / SLICES),
    ),
  );
  const report: string[] = [
    `news text: ${text.length} UTF-16 units, ${paragraphs.length} paragraphs`,
    'forms: "vitest" = the TS sources as vitest runs them (its module transform); ' +
      '"bundled" = lib/match bundled and minified, as the extension ships it',
  ];
  let bundle: Awaited<ReturnType<typeof bundleMatch>>;
  let shipped: typeof MatchModule & { getBuiltinPacks: typeof getBuiltinPacks };
  /** The generated pack compiled, for the throughput test. */
  let bigCompiled: CompiledMatcher | undefined;

  beforeAll(async () => {
    bundle = await bundleMatch();
    shipped = (await import(bundle.file)) as typeof shipped;
  });

  /** Median (min–max) of 9 passes of `run` over the text, after 2 warm-up passes, a collection before each. */
  const throughput = (label: string, run: () => void): void => {
    const samples = interleave({ [label]: () => run() }, 1, 9, 2)[label] ?? [];
    const r = rates(text.length, samples);
    report.push(`${label}: ${mid(r.wall)} M units/s, CPU ${r.cpu.toFixed(1)}`);
  };

  it('seed pack: cold start in fresh processes', () => {
    for (const compile of [false, true]) {
      const runs = coldRuns(bundle.file, 11, seedFile, compile);
      const of = (key: 'importMs' | 'buildMs' | 'firstMatchMs'): string =>
        range(spread(runs.map((r) => r[key])));
      const build = spread(runs.map((r) => r.buildMs));
      report.push(
        `seed pack, cold (fresh bundled process ×${runs.length}, ${compile ? 'compiled from its names, as imported packs are' : 'from its names index, as a page with the built-in pack'}): ` +
          `import incl. pack JSON ${of('importMs')}; matcher made ${of('buildMs')}; ` +
          `first match() of the seed article ${of('firstMatchMs')}` +
          (compile ? '' : `; target matcher made < 5 ms: ${verdict(build.median < 5)}`),
      );
    }
  });

  it('seed pack: warm build', () => {
    const warm = time(() => createMatcher(seedPacks), 21).wall.median;
    const warmCompile = time(() => createMatcherFrom(compilePacks(seedPacks)), 21).wall.median;
    const aliasCount = compilePacks(seedPacks).flags.length;
    report.push(
      `seed pack (${aliasCount} folded names), warm: createMatcher ${ms(warm)} (built-in form), ${ms(warmCompile)} compiled`,
    );
  });

  it('generated pack of 100 000 aliases: build, memory', async () => {
    const before = await memory();
    const t0 = performance.now();
    const compiled = compilePacks(bigPacks);
    const build = performance.now() - t0;
    const matcher = createMatcherFrom(compiled);
    const after = await memory();
    report.push(
      `generated pack (${compiled.flags.length} folded names, ${compiled.trie.cells.length / 3} slots, ` +
        `alphabet ${compiled.trie.alphabet.length}): build ${ms(build)}, memory +${mb(after - before)}`,
    );
    matcher.match(paragraphs[0] ?? '');
    report.push(`generated pack: rebuild ${range(time(() => compilePacks(bigPacks), 3).wall)}`);
    bigCompiled = compiled;
  });

  it('match() per paragraph: seed and generated packs, both forms, interleaved', () => {
    const compiled = bigCompiled ?? compilePacks(bigPacks);
    const matchers = {
      'seed pack, vitest': createMatcher(seedPacks),
      'seed pack, bundled': shipped.createMatcher(seedPacks),
      'generated pack, vitest': createMatcherFrom(compiled),
      'generated pack, bundled': shipped.createMatcherFrom(shipped.compilePacks(bigPacks)),
    };
    const runs = Object.fromEntries(
      Object.entries(matchers).map(([label, m]) => [
        label,
        (slice: number) => {
          for (const p of parts[slice] ?? []) m.match(p);
        },
      ]),
    );
    const samples = interleave(runs, SLICES, ROUNDS);
    report.push(
      `match() per paragraph, M units/s: median (min–max) of ${ROUNDS} rounds from wall time, ` +
        `then from CPU time (all threads, parallel collection included); ` +
        `the four runs interleaved in ${SLICES} parts per round:`,
    );
    for (const [label, s] of Object.entries(samples)) {
      const r = rates(text.length, s);
      const target = label.startsWith('seed')
        ? `; target ≥ 50: ${verdict(r.wall.median >= 50)}`
        : '';
      report.push(`  ${label}: ${mid(r.wall)}, CPU ${r.cpu.toFixed(1)}${target}`);
    }
    for (const form of ['vitest', 'bundled']) {
      const ratio = ratios(
        samples[`generated pack, ${form}`] ?? [],
        samples[`seed pack, ${form}`] ?? [],
      );
      report.push(
        `  generated/seed, ${form}, per round: ${mid(ratio, 2)}; target ≥ 0.5: ${verdict(ratio.median >= 0.5)}`,
      );
    }
  });

  it('seed pack: other passes over the news text', () => {
    const matcher = createMatcher(seedPacks);
    throughput('seed pack, match() on one 1 MB string', () => matcher.match(text));
    throughput('for comparison: lib/figures parseFigures() alone, per paragraph', () => {
      for (const p of paragraphs) parseFigures(p);
    });
  });

  it('seed pack: findMentions() per paragraph, both forms, interleaved', () => {
    const matcher = createMatcher(seedPacks);
    const shippedPacks = [shipped.getBuiltinPacks()[0]!];
    const shippedMatcher = shipped.createMatcher(shippedPacks);
    const samples = interleave(
      {
        vitest: (slice: number) => {
          for (const p of parts[slice] ?? []) findMentions(p, matcher, seedPacks);
        },
        bundled: (slice: number) => {
          for (const p of parts[slice] ?? []) shipped.findMentions(p, shippedMatcher, shippedPacks);
        },
      },
      SLICES,
      FIND_ROUNDS,
    );
    report.push(
      `findMentions() per paragraph (entities decided in context + figures), M units/s: ` +
        `median (min–max) of ${FIND_ROUNDS} rounds from wall time, then from CPU time; ` +
        `the two forms interleaved in ${SLICES} parts per round:`,
    );
    for (const [form, s] of Object.entries(samples)) {
      const r = rates(text.length, s);
      report.push(
        `  findMentions() per paragraph, seed pack, ${form}: ${mid(r.wall)}, CPU ${r.cpu.toFixed(1)}; ` +
          `target ≥ ${FIND_TARGET}: ${verdict(r.wall.median >= FIND_TARGET)}`,
      );
    }
  });

  afterAll(() => {
    bundle.dispose();
    console.log(`\n${report.join('\n')}\n`);
  });
});
