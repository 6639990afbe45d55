import { IDLE_TIMEOUT_MS } from './budgets';
import { whenIdle } from './when-idle';

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
