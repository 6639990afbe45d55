import { RescanLimiter } from './rate-limit';
import { SliceRunner } from './scheduler';

describe('SliceRunner', () => {
  it('stops each slice once its budget is used and yields between slices', async () => {
    let clock = 0;
    const slices: number[] = [];
    let steps = 0;
    let yields = 0;
    const runner = new SliceRunner({
      budgetMs: 10,
      now: () => clock,
      yieldToPage: () => Promise.resolve(void yields++),
      onSlice: () => slices.push(steps),
    });
    function* job(n: number) {
      for (let i = 0; i < n; i++) {
        clock += 3; // each step "takes" 3 ms
        steps++;
        yield;
      }
    }
    runner.add(job(10));
    await runner.idle();
    // A slice ends at the first step past 10 ms: 4 steps (12 ms), 4 more, the last 2.
    expect(slices).toEqual([4, 8, 10]);
    expect(yields).toBe(3); // once before starting, then between slices
  });

  it('reports busy only for jobs that are not quiet, and runs jobs in order', async () => {
    const changes: boolean[] = [];
    const order: string[] = [];
    const runner = new SliceRunner({
      yieldToPage: () => Promise.resolve(),
      onBusyChange: (b) => changes.push(b),
    });
    function* job(name: string) {
      order.push(name);
      yield;
    }
    runner.add(job('quiet'), { quiet: true });
    runner.add(job('a'));
    runner.add(job('b'));
    await runner.idle();
    expect(order).toEqual(['quiet', 'a', 'b']);
    expect(changes).toEqual([true, false]);
    expect(runner.busy).toBe(false);
  });

  it('drops a job that throws and goes on with the others', async () => {
    const errors: unknown[] = [];
    const done: string[] = [];
    const runner = new SliceRunner({
      yieldToPage: () => Promise.resolve(),
      onError: (e) => errors.push(e),
    });
    function* bad(): Generator<void> {
      yield;
      throw new Error('matcher bug');
    }
    function* good(): Generator<void> {
      done.push('good');
      yield;
    }
    runner.add(bad());
    runner.add(good());
    await runner.idle();
    expect(done).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(runner.busy).toBe(false);
  });

  it('drops queued work when aborted', async () => {
    const controller = new AbortController();
    let ran = 0;
    let yields = 0;
    const runner = new SliceRunner({
      budgetMs: 0,
      // The page aborts us while we yield after the first slice.
      yieldToPage: () => Promise.resolve(void (++yields === 2 && controller.abort())),
      signal: controller.signal,
    });
    function* job() {
      for (;;) {
        ran++;
        yield;
      }
    }
    runner.add(job());
    await runner.idle();
    expect(ran).toBe(1);
  });
});

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
