import { JobQueue } from './job-queue';

describe('JobQueue', () => {
  it('stops each slice once its budget is used and yields between slices', async () => {
    let clock = 0;
    const slices: number[] = [];
    let steps = 0;
    let yields = 0;
    const queue = new JobQueue({
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
    queue.add(job(10));
    await queue.idle();
    // A slice ends at the first step past 10 ms: 4 steps (12 ms), 4 more, the last 2.
    expect(slices).toEqual([4, 8, 10]);
    expect(yields).toBe(3); // once before starting, then between slices
  });

  it('reports busy only for jobs that are not quiet, and runs jobs in order', async () => {
    const changes: boolean[] = [];
    const order: string[] = [];
    const queue = new JobQueue({
      yieldToPage: () => Promise.resolve(),
      onBusyChange: (b) => changes.push(b),
    });
    function* job(name: string) {
      order.push(name);
      yield;
    }
    queue.add(job('quiet'), { quiet: true });
    queue.add(job('a'));
    queue.add(job('b'));
    await queue.idle();
    expect(order).toEqual(['quiet', 'a', 'b']);
    expect(changes).toEqual([true, false]);
    expect(queue.busy).toBe(false);
  });

  it('drops a job that throws and goes on with the others', async () => {
    const errors: unknown[] = [];
    const done: string[] = [];
    const queue = new JobQueue({
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
    queue.add(bad());
    queue.add(good());
    await queue.idle();
    expect(done).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(queue.busy).toBe(false);
  });

  it('drops queued work when aborted', async () => {
    const controller = new AbortController();
    let ran = 0;
    let yields = 0;
    const queue = new JobQueue({
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
    queue.add(job());
    await queue.idle();
    expect(ran).toBe(1);
  });
});

describe('JobQueue runs', () => {
  it('take jobs added during a run, and a job added once idle starts a new one', async () => {
    const order: string[] = [];
    const queue = new JobQueue({ budgetMs: 0, yieldToPage: () => Promise.resolve() });
    function* job(name: string, then?: () => void) {
      order.push(name);
      yield;
      then?.();
    }
    queue.add(job('a', () => queue.add(job('b'))));
    await queue.idle();
    expect(order).toEqual(['a', 'b']);
    expect(queue.pending).toBe(false);
    queue.add(job('c'));
    expect(queue.pending).toBe(true);
    await queue.idle();
    expect(order).toEqual(['a', 'b', 'c']);
  });
});
