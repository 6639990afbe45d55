import {
  longestGap,
  plainWindowFrom,
  probeFigures,
  SETTLE_MS,
  stallWindow,
  summariseProbe,
} from './probe.mjs';

// A 10 ms timer that stalled once: ticks every 10 ms, then nothing from 100 to 250.
const ticks = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 250, 260, 270, 280];

describe('longestGap', () => {
  it('finds the longest gap between ticks inside the window', () => {
    expect(longestGap(ticks, 0, 300)).toBe(150);
    expect(longestGap(ticks, 0, 90)).toBe(10);
  });

  it('counts a gap that began before the window from its start, one that ends after it whole', () => {
    expect(longestGap(ticks, 200, 300)).toBe(50);
    expect(longestGap(ticks, 50, 120)).toBe(150);
  });

  it('is 0 without two ticks around the window', () => {
    expect(longestGap([], 0, 100)).toBe(0);
    expect(longestGap([5], 0, 100)).toBe(0);
  });
});

describe('probe windows', () => {
  it('run from DOMContentLoaded to ready + SETTLE_MS with the extension', () => {
    expect(stallWindow({ domContentLoaded: 40, readyAt: 140 })).toEqual({
      from: 40,
      to: 140 + SETTLE_MS,
    });
  });

  it('take the given ready time after DOMContentLoaded without it', () => {
    expect(stallWindow({ domContentLoaded: 40, readyAt: null }, 100)).toEqual({
      from: 40,
      to: 140 + SETTLE_MS,
    });
  });

  it('summarise a load: ready after DOMContentLoaded and its longest stall', () => {
    const summary = summariseProbe({ ticks, domContentLoaded: 60, readyAt: 90 });
    expect(summary.readyAfterDclMs).toBe(30);
    expect(summary.stallMs).toBe(150);
    expect(summary.windowMs).toBe(30 + SETTLE_MS);
  });
});

describe('probeFigures', () => {
  const run = (stallMs: number, readyAfterDclMs: number | null = null) => ({
    probe: { stallMs, readyAfterDclMs },
  });

  it('takes medians and the stall added, leaving failed loads out', () => {
    const ours = [run(120, 80), run(100, 90), { error: 'timed out' }, run(300, 200)];
    const plain = [run(40), run(30), run(50)];
    const figures = probeFigures(ours, plain);
    expect(figures.readyAfterDcl).toBe(90);
    expect(figures.stallOurs).toBe(120);
    expect(figures.stallPlain).toBe(40);
    expect(figures.stallAdded).toBe(80);
    expect(figures.loads).toBe(3);
    expect(plainWindowFrom(ours)).toBe(90);
  });

  it('gives NaN where a browser measured nothing', () => {
    const figures = probeFigures(undefined, []);
    expect(figures.stallAdded).toBeNaN();
    expect(figures.loads).toBe(0);
  });
});
