/**
 * Giving the page its turn between two slices of our work: input, rendering,
 * its own scripts. Every yield of the content script goes through here.
 */
export type YieldToPage = () => Promise<void>;

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * scheduler.yield() where it exists (the continuation runs before other
 * queued tasks of the same priority), else a message to ourselves (a task,
 * as setTimeout, but not clamped to 4 ms once nested: a 1 MB page takes ~100
 * yields). Not scheduler.postTask: during a page's load Chromium ran those
 * ~50 ms apart (measured: a 1 MB page scanned in slices of ~5 ms at 20 Hz).
 */
export const yieldToPage: YieldToPage = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
};
