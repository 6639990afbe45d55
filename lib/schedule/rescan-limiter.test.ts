import { RescanLimiter } from './rescan-limiter';

describe('RescanLimiter', () => {
  it('lets a block through a few times a second, then once a second until it is quiet', () => {
    let t = 0;
    const limiter = new RescanLimiter({ perBlock: 3, total: 100 }, () => t);
    const block = {};
    // A block is asked about after it changed.
    const changedThenAdmit = () => (limiter.changed(block), limiter.admit(block));
    expect([changedThenAdmit(), changedThenAdmit(), changedThenAdmit()]).toEqual([0, 0, 0]);
    t = 100;
    expect(changedThenAdmit()).toBe(900);
    expect(limiter.isCooling(block)).toBe(true);
    t = 1000;
    expect(changedThenAdmit()).toBe(0);
    t = 1500;
    expect(changedThenAdmit()).toBe(500);
    t = 3000; // unchanged for more than a second
    limiter.changed(block);
    expect(limiter.isCooling(block)).toBe(false);
    expect(limiter.admit(block)).toBe(0);
  });

  it('keeps a block that never stops changing cooling when its wait ends late', () => {
    let t = 0;
    const limiter = new RescanLimiter({ perBlock: 5, total: 100 }, () => t);
    const block = {};
    const scans: number[] = [];
    // A clock ticking every 20 ms, asked about every 50 ms as a queue would, except that
    // a cooling block is asked when its wait ends, and on a busy machine that timer fires
    // 150 ms late.
    let askAt = 0;
    for (; t <= 5000; t += 10) {
      if (t % 20 === 0) limiter.changed(block);
      if (t < askAt) continue;
      const wait = limiter.admit(block);
      if (wait === 0) scans.push(t);
      askAt = t + (wait === 0 ? 50 : wait + 150);
    }
    expect(scans.slice(0, 5)).toEqual([0, 50, 100, 150, 200]);
    // Then one (quiet) rescan at each late wake-up, not a new burst of five.
    expect(scans.length).toBeLessThanOrEqual(5 + 5);
    expect(limiter.isCooling(block)).toBe(true);
  });

  it('bounds rescans of all blocks together', () => {
    let t = 0;
    const limiter = new RescanLimiter({ perBlock: 5, total: 2 }, () => t);
    expect(limiter.admit({})).toBe(0);
    expect(limiter.admit({})).toBe(0);
    t = 250;
    expect(limiter.admit({})).toBe(750);
    t = 1000;
    expect(limiter.admit({})).toBe(0);
  });
});
