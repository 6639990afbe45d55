import { RescanLimiter } from './rescan-limiter';

describe('RescanLimiter', () => {
  it('lets a block through a few times a second, then once a second until it is quiet', () => {
    let t = 0;
    const limiter = new RescanLimiter({ perBlock: 3, total: 100 }, () => t);
    const block = {};
    expect([limiter.admit(block), limiter.admit(block), limiter.admit(block)]).toEqual([0, 0, 0]);
    t = 100;
    expect(limiter.admit(block)).toBe(900);
    expect(limiter.isCooling(block)).toBe(true);
    t = 1000;
    expect(limiter.admit(block)).toBe(0);
    t = 1500;
    expect(limiter.admit(block)).toBe(500);
    t = 3000; // quiet for more than a second
    expect(limiter.admit(block)).toBe(0);
    expect(limiter.isCooling(block)).toBe(false);
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
