import { createSlicer } from './slices';
import { afterNextFrame, yieldToPage } from '../yield-to-page';

describe('yieldToPage', () => {
  it('resumes in a later task, in order', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    const a = yieldToPage().then(() => order.push('a'));
    const b = yieldToPage().then(() => order.push('b'));
    order.push('sync');
    await Promise.all([a, b]);
    expect(order.slice(0, 1)).toEqual(['sync']);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
  });
});

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

describe('afterNextFrame', () => {
  it('waits for a frame, then yields; a hidden page only yields', async () => {
    const order: string[] = [];
    const yieldToPage = async () => void order.push('yield');
    let frame: FrameRequestCallback | undefined;
    const view = {
      requestAnimationFrame: (cb: FrameRequestCallback) => ((frame = cb), 1),
      setTimeout: () => 0,
      clearTimeout: () => {},
    };
    const doc = { defaultView: view, visibilityState: 'visible' } as unknown as Document;
    const waiting = afterNextFrame(doc, yieldToPage).then(() => order.push('done'));
    await Promise.resolve();
    expect(order).toEqual([]);
    frame?.(0);
    await waiting;
    expect(order).toEqual(['yield', 'done']);

    order.length = 0;
    const hidden = { defaultView: view, visibilityState: 'hidden' } as unknown as Document;
    await afterNextFrame(hidden, yieldToPage);
    expect(order).toEqual(['yield']);
  });
});
