/**
 * Timing for the matcher benchmark on a shared, noisy machine: runs to compare
 * are interleaved in small parts, so a burst of load elsewhere slows all of
 * them alike, and every figure is the median of many rounds, with its spread.
 */

const gc = (globalThis as { gc?: () => void }).gc;

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export const spread = (xs: readonly number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
};

/** One timed run: wall time, and this process's CPU time (which excludes waiting for a core). */
export interface Sample {
  wall: number;
  cpu: number;
}

function sample(run: () => void): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** `repeat` timed runs of `run`. */
export function time(
  run: () => void,
  repeat: number,
): { wall: Spread; cpu: Spread; first: number } {
  const samples: Sample[] = [];
  for (let i = 0; i < repeat; i++) samples.push(sample(run));
  return {
    wall: spread(samples.map((s) => s.wall)),
    cpu: spread(samples.map((s) => s.cpu)),
    first: samples[0]?.wall ?? 0,
  };
}

/**
 * Runs to compare, finely interleaved: each run does its work in `slices`
 * parts, and every round takes part k of each run in turn (rotating which goes
 * first) before part k + 1, so a burst of load elsewhere, which lasts a few
 * milliseconds, falls on all runs alike. One sample per run and round sums its
 * parts. `warmup` rounds are not kept; a collection before each round
 * (untimed) starts every round from the same heap.
 */
export function interleave(
  runs: Readonly<Record<string, (slice: number) => void>>,
  slices: number,
  rounds: number,
  warmup = 3,
): Record<string, Sample[]> {
  const labels = Object.keys(runs);
  const out: Record<string, Sample[]> = Object.fromEntries(labels.map((l) => [l, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    gc?.();
    const sums = labels.map(() => ({ wall: 0, cpu: 0 }));
    for (let slice = 0; slice < slices; slice++)
      for (let k = 0; k < labels.length; k++) {
        const at = (r + slice + k) % labels.length;
        const run = runs[labels[at] as string] as (slice: number) => void;
        const s = sample(() => run(slice));
        const sum = sums[at] as Sample;
        sum.wall += s.wall;
        sum.cpu += s.cpu;
      }
    if (r >= warmup) labels.forEach((l, k) => out[l]?.push(sums[k] as Sample));
  }
  return out;
}

/** Million units per second for `units` in `ms`. */
const rate = (units: number, ms: number): number => units / ms / 1000;

/** Throughput figures of samples over `units`: from the wall times, and the CPU median. */
export function rates(units: number, samples: readonly Sample[]): { wall: Spread; cpu: number } {
  const wall = spread(samples.map((s) => rate(units, s.wall)));
  return { wall, cpu: rate(units, spread(samples.map((s) => s.cpu)).median) };
}

/** Per round, throughput of `a` over that of `b` (time of `b` over time of `a`). */
export const ratios = (a: readonly Sample[], b: readonly Sample[]): Spread =>
  spread(a.map((s, i) => (b[i]?.wall ?? 0) / s.wall));

export const ms = (x: number): string => `${x.toFixed(2)} ms`;
export const mb = (x: number): string => `${(x / 1e6).toFixed(1)} MB`;
export const range = (s: Spread): string =>
  `${s.min.toFixed(2)}–${s.max.toFixed(2)} ms, median ${ms(s.median)}`;
/** `median (min–max)` with one decimal. */
export const mid = (s: Spread, digits = 1): string =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

/** Live heap and array buffers; array buffers are freed after a collection, so wait a little. */
export async function memory(): Promise<number> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
