import {
  longestGap,
  plainWindowEnd,
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
  it('run from navigation start to ready + SETTLE_MS with the extension', () => {
    expect(stallWindow({ domContentLoaded: 40, readyAt: 140 })).toEqual({
      from: 0,
      to: 140 + SETTLE_MS,
    });
  });

  it('end at the given ready time without it', () => {
    expect(stallWindow({ domContentLoaded: 40, readyAt: null }, 140)).toEqual({
      from: 0,
      to: 140 + SETTLE_MS,
    });
  });

  it('hold a stall before DOMContentLoaded, which the reading from DOMContentLoaded leaves out', () => {
    // The page laid out before it was parsed: the gap from 100 to 250 ends before DOMContentLoaded.
    const summary = summariseProbe({ ticks, domContentLoaded: 255, readyAt: 270 });
    expect(summary.readyAtMs).toBe(270);
    expect(summary.readyAfterDclMs).toBe(15);
    expect(summary.stallMs).toBe(150);
    expect(summary.stallAfterDclMs).toBe(10);
    expect(summary.windowMs).toBe(270 + SETTLE_MS);
  });
});

describe('probeFigures', () => {
  const run = (stallMs: number, readyAtMs: number | null = null, stallAfterDclMs = stallMs) => ({
    probe: {
      stallMs,
      stallAfterDclMs,
      readyAtMs,
      readyAfterDclMs: readyAtMs === null ? null : readyAtMs - 50,
    },
  });

  it('takes medians and the stall added in both readings, leaving failed loads out', () => {
    const ours = [run(120, 130, 20), run(100, 140, 30), { error: 'timed out' }, run(300, 250, 300)];
    const plain = [run(40, null, 150), run(30, null, 160), run(50, null, 10)];
    const figures = probeFigures(ours, plain);
    expect(figures.readyAfterDcl).toBe(90);
    expect(figures.stall).toEqual({ ours: 120, plain: 40, added: 80 });
    expect(figures.stallAfterDcl).toEqual({ ours: 30, plain: 150, added: -120 });
    expect(figures.loads).toBe(3);
    expect(plainWindowEnd(ours)).toBe(140);
  });

  it('gives NaN where a browser measured nothing', () => {
    const figures = probeFigures(undefined, []);
    expect(figures.stall.added).toBeNaN();
    expect(figures.stallAfterDcl.added).toBeNaN();
    expect(figures.loads).toBe(0);
  });
});
