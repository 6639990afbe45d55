import { createSlicer } from './slicer';

describe('createSlicer', () => {
  it('yields once a slice is over budget and stops when aborted', async () => {
    const controller = new AbortController();
    let yields = 0;
    const slicer = createSlicer({
      budgetMs: -1,
      signal: controller.signal,
      yieldToPage: async () => {
        yields++;
        if (yields === 3) controller.abort(new DOMException('stop', 'AbortError'));
      },
    });
    const done: number[] = [];
    const run = slicer.run(
      Array.from({ length: 100 }, (_, i) => i),
      (i) => done.push(i),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(yields).toBe(3);
    expect(done.length).toBeLessThan(100);
  });
});

describe('a run’s slices', () => {
  it('each go through `around`, and every item runs inside one', async () => {
    const log: string[] = [];
    let inside = false;
    const slicer = createSlicer({
      budgetMs: -1,
      signal: new AbortController().signal,
      yieldToPage: async () => void log.push('yield'),
    });
    await slicer.run(
      Array.from({ length: 20 }, (_, i) => i),
      (i) => {
        expect(inside).toBe(true);
        log.push(String(i));
      },
      (slice) => {
        inside = true;
        log.push('[');
        slice();
        log.push(']');
        inside = false;
      },
    );
    // Over budget at once: a slice ends after every eighth item, the last one with the items.
    expect(log.join(' ')).toBe(
      '[ 0 1 2 3 4 5 6 7 ] yield [ 8 9 10 11 12 13 14 15 ] yield [ 16 17 18 19 ]',
    );
  });
});

describe('a slicer’s clock', () => {
  it('reads the clock every few items, and yields only between items that remain', async () => {
    let clock = 0;
    const log: string[] = [];
    const slicer = createSlicer({
      budgetMs: 8,
      now: () => clock,
      itemsPerClockRead: 2,
      yieldToPage: async () => void log.push('yield'),
    });
    // Each item "takes" 4 ms: every second item uses up the budget. The sixth ends the run
    // where a slice would end, which is no reason to yield once more.
    await slicer.run([1, 2, 3, 4, 5, 6], (i) => {
      clock += 4;
      log.push(String(i));
    });
    expect(log.join(' ')).toBe('1 2 yield 3 4 yield 5 6');
  });

  it('takes items added to a queue while it runs', async () => {
    const queue = [1, 2];
    const done: number[] = [];
    const slicer = createSlicer({ budgetMs: -1, yieldToPage: async () => {} });
    function* taken() {
      while (queue.length > 0) yield queue.shift()!;
    }
    await slicer.run(taken(), (i) => {
      done.push(i);
      if (i < 10) queue.push(i * 10);
    });
    expect(done).toEqual([1, 2, 10, 20]);
  });

  it('checkpoints yield only over budget, or when `mustYield` says so', async () => {
    let clock = 0;
    let yields = 0;
    let frameFull = false;
    const slicer = createSlicer({
      budgetMs: 10,
      now: () => clock,
      mustYield: () => frameFull,
      yieldToPage: async () => void yields++,
    });
    clock = 9;
    await slicer.checkpoint();
    expect(yields).toBe(0);
    clock = 10;
    await slicer.checkpoint();
    expect(yields).toBe(1);
    // The budget starts again after a yield.
    await slicer.checkpoint();
    expect(yields).toBe(1);
    frameFull = true;
    await slicer.checkpoint();
    expect(yields).toBe(2);
  });
});
