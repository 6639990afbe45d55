import { IDLE_SLICE_MS, IDLE_TIMEOUT_MS } from './budgets';
import { whenIdle, whenIdleInSlices } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('leaves the work to an idle callback, which must come within IDLE_TIMEOUT_MS', () => {
    const asked: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) => {
      asked.push({ run, timeout: options?.timeout });
      return 1;
    });
    let ran = 0;
    whenIdle(() => ran++);
    expect(ran).toBe(0);
    expect(asked.map((a) => a.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    asked[0]!.run();
    expect(ran).toBe(1);
  });

  it('runs the work in a task of its own where there is no idle callback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let ran = 0;
    whenIdle(() => ran++);
    expect(ran).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(1);
  });
});

describe('whenIdleInSlices', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Idle callbacks asked for, run by the test with the idle time it gives. */
  function fakeIdle(): ((ms: number) => void)[] {
    const asked: ((ms: number) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
      asked.push((ms) => run({ didTimeout: ms === 0, timeRemaining: () => ms }));
      return asked.length;
    });
    return asked;
  }

  it('asks for idle periods until the work says it is done', () => {
    const asked = fakeIdle();
    const calls: number[] = [];
    whenIdleInSlices(() => {
      calls.push(calls.length);
      return calls.length === 3;
    });
    expect(calls).toEqual([]);
    for (let i = 0; i < 3; i++) asked[i]!(20);
    expect(calls).toEqual([0, 1, 2]);
    expect(asked).toHaveLength(3);
  });

  it("gives the work the idle period's time, at most a slice, and some when the callback came overdue", () => {
    const asked = fakeIdle();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const spans: number[] = [];
    whenIdleInSlices((hasTime) => {
      const from = clock;
      while (hasTime()) clock++;
      spans.push(clock - from);
      return spans.length === 3;
    });
    asked[0]!(IDLE_SLICE_MS - 2);
    asked[1]!(50);
    asked[2]!(0);
    expect(spans[0]).toBe(IDLE_SLICE_MS - 2);
    // A long idle period: one slice of it, so a click need not wait long.
    expect(spans[1]).toBe(IDLE_SLICE_MS);
    // Overdue (no idle time left): a short slice all the same, so the work gets done.
    expect(spans[2]).toBeGreaterThan(0);
    expect(spans[2]).toBeLessThanOrEqual(IDLE_SLICE_MS);
  });

  it('runs in tasks of its own where there is no idle callback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let calls = 0;
    whenIdleInSlices(() => ++calls === 2);
    expect(calls).toBe(0);
    await vi.waitFor(() => expect(calls).toBe(2));
  });
});
