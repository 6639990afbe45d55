import { PLACED_BLOCKS_PER_FRAME } from '../../schedule/budgets';
import { PlacementQueue } from './placement-queue';

/** A queue whose frames and idle moments come when the test says, placing blocks `below`. */
function setup(below: (el: Element) => boolean) {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const placed: Element[][] = [];
  const queue = new PlacementQueue(
    { nextFrame: (run) => void frames.push(run), idle: (run) => void idles.push(run) },
    (batch) => {
      placed.push([...batch]);
      return batch.every(below);
    },
  );
  const run = (list: (() => void)[]) => {
    for (const f of list.splice(0)) f();
  };
  return { queue, frames, idles, placed, frame: () => run(frames), idle: () => run(idles) };
}

const blocks = (n: number) => Array.from({ length: n }, () => document.createElement('p'));

test('blocks are measured together at the next frame, a frame’s worth at a time', () => {
  const { queue, placed, frame, frames } = setup(() => false);
  const els = blocks(PLACED_BLOCKS_PER_FRAME + 3);
  for (const el of els) queue.add(el);
  expect(frames).toHaveLength(1);
  frame();
  expect(placed).toEqual([els.slice(0, PLACED_BLOCKS_PER_FRAME)]);
  frame();
  expect(placed[1]).toEqual(els.slice(PLACED_BLOCKS_PER_FRAME));
  expect(frames).toHaveLength(0);
});

test('after a batch wholly below the near part, the next blocks wait for an idle moment', () => {
  const { queue, placed, frame, idle, frames, idles } = setup(() => true);
  const [a, b, c] = blocks(3);
  queue.add(a!);
  frame();
  queue.add(b!);
  expect(frames).toHaveLength(0);
  expect(idles).toHaveLength(1);
  idle();
  // Measured just after the frame that follows the idle moment.
  expect(placed).toHaveLength(1);
  frame();
  expect(placed).toEqual([[a], [b]]);
  // The reader scrolls: what waits is measured at the next frame, not at idle.
  queue.add(c!);
  queue.soon();
  expect(frames).toHaveLength(1);
  frame();
  expect(placed[2]).toEqual([c]);
  // The idle moment asked for before then finds nothing to do.
  idle();
  expect(frames).toHaveLength(0);
});

test('a block taken back before its frame is not measured', () => {
  const { queue, placed, frame } = setup(() => false);
  const [a, b] = blocks(2);
  queue.add(a!);
  queue.add(b!);
  queue.delete(a!);
  frame();
  expect(placed).toEqual([[b]]);
});

test('while held nothing is measured; released, what waited is measured at the next frame', () => {
  const { queue, placed, frame, idle, frames, idles } = setup(() => true);
  const [a, b, c] = blocks(3);
  queue.add(a!);
  queue.hold(true);
  // The frame asked for before the hold comes, and measures nothing.
  frame();
  queue.add(b!);
  expect(placed).toEqual([]);
  expect(frames).toHaveLength(0);
  expect(idles).toHaveLength(0);
  queue.hold(false);
  expect(frames).toHaveLength(1);
  frame();
  expect(placed).toEqual([[a, b]]);
  // Held while waiting for an idle moment: that moment asks for no frame.
  queue.add(c!);
  expect(idles).toHaveLength(1);
  queue.hold(true);
  idle();
  expect(frames).toHaveLength(0);
  queue.hold(false);
  frame();
  expect(placed[1]).toEqual([c]);
});
