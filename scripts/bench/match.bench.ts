import { afterAll, describe, it } from 'vitest';
import pack from '../../assets/packs/cloud-2023.json';
import { compilePacks } from '../../lib/match/compile';
import { createEvidenceTracker } from '../../lib/match/evidence';
import { findMentions } from '../../lib/match/find-mentions';
import { loadCompiled, serializeCompiled } from '../../lib/match/serialize';
import { parseFigures } from '../../lib/figures';
import { createMatcher, createMatcherFrom } from '../../lib/match/matcher';
import type { Pack } from '../../lib/pack/types';
import { generatedPack, newsText } from './match-data';

const gc = (globalThis as { gc?: () => void }).gc;

function time(run: () => void, repeat: number): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  const first = times[0] ?? 0;
  times.sort((a, b) => a - b);
  return { first, median: times[Math.floor(times.length / 2)] ?? 0 };
}

function memory(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const mb = (x: number): string => `${(x / 1e6).toFixed(1)} MB`;

describe('matching benchmark (figures only, no time assertions)', () => {
  const seedPacks = [pack as unknown as Pack];
  const text = newsText(1_000_000);
  const paragraphs = text.split('\n').filter((p) => p.length > 0);
  const report: string[] = [
    `news text: ${text.length} UTF-16 units, ${paragraphs.length} paragraphs`,
  ];

  const throughput = (label: string, run: () => void, units: number): number => {
    run(); // warm-up
    const { median } = time(run, 7);
    const rate = units / median / 1000;
    report.push(`${label}: ${ms(median)} → ${rate.toFixed(1)} M units/s`);
    return rate;
  };

  it('seed pack: build and throughput', () => {
    const cold = time(() => createMatcher(seedPacks), 1).first;
    const warm = time(() => createMatcher(seedPacks), 21).median;
    const aliasCount = compilePacks(seedPacks).flags.length;
    report.push(
      `seed pack (${aliasCount} folded names): build ${ms(cold)} cold (incl. fold table and guards), ${ms(warm)} warm`,
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

  it('generated pack of 100 000 aliases: build, memory, throughput', () => {
    const big = [generatedPack(100_000), ...seedPacks];
    const before = memory();
    const t0 = performance.now();
    const compiled = compilePacks(big);
    const build = performance.now() - t0;
    const matcher = createMatcherFrom(compiled);
    const after = memory();
    report.push(
      `generated pack (${compiled.flags.length} folded names, ${compiled.trie.pattern.length} trie nodes): build ${ms(build)}, memory +${mb(after - before)}`,
    );
    const rebuild = time(() => compilePacks(big), 3).median;
    report.push(`generated pack: rebuild median ${ms(rebuild)}`);
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
      `generated pack, serialised form: ${mb(bytes.length)}; load ${ms(load.first)} first, ${ms(load.median)} median`,
    );
    const loaded = createMatcherFrom(loadCompiled(bytes));
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
