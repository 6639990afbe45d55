import { WRITTEN_CHARS_PER_FRAME } from './budgets';
import { RenderPacer } from './render-pacer';

describe('RenderPacer', () => {
  it('yields a task until a frame’s worth is written, then waits for the frame', async () => {
    const log: string[] = [];
    const pacer = new RenderPacer(
      async () => void log.push('task'),
      async () => void log.push('frame'),
    );
    pacer.wrote(WRITTEN_CHARS_PER_FRAME - 1);
    expect(pacer.frameFull).toBe(false);
    await pacer.yield();
    pacer.wrote(1);
    expect(pacer.frameFull).toBe(true);
    await pacer.yield();
    // The frame rendered what was written: the count starts again.
    expect(pacer.frameFull).toBe(false);
    await pacer.yield();
    expect(log).toEqual(['task', 'frame', 'task']);
  });

  it('waits for a rendering only when something was written since the last', async () => {
    let frames = 0;
    const pacer = new RenderPacer(
      async () => {},
      async () => void frames++,
    );
    await pacer.rendered();
    expect(frames).toBe(0);
    pacer.wrote(3);
    await pacer.rendered();
    await pacer.rendered();
    expect(frames).toBe(1);
  });
});
