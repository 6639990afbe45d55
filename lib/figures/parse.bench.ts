/**
 * Throughput of parseFigures on ~1 MB of text: `npx vitest bench --run lib/figures`.
 * Prints code units per second; asserts nothing (timings vary by machine).
 */
import { bench, describe } from 'vitest';
import { parseFigures } from './parse';
import { readSeed } from '../../tests/unit/seed-text';

const SEED = readSeed();
const SIZE = 1_000_000;
const seedMb = SEED.repeat(Math.ceil(SIZE / SEED.length)).slice(0, SIZE);
// The same prose with every numeral character removed: the cost of the scan alone.
const plainMb = seedMb.replace(/[0-9０-９零〇一二兩两三四五六七八九十百]/g, '的');

describe(`parseFigures on ${SIZE.toLocaleString('en')} code units`, () => {
  bench('seed repeated', () => {
    parseFigures(seedMb);
  });
  bench('seed without numerals', () => {
    parseFigures(plainMb);
  });
  bench('seed in 2,000-unit blocks (as the page scan calls it)', () => {
    for (let i = 0; i < seedMb.length; i += 2000) parseFigures(seedMb.slice(i, i + 2000));
  });
});
