import { afterNextFrame } from './after-next-frame';

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
