/**
 * Giving the page its turn between two slices of our work: input, rendering,
 * its own scripts. Every yield of the content script goes through here.
 */
export type YieldToPage = () => Promise<void>;

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * A message to ourselves: a task, as setTimeout, but not clamped to 4 ms once
 * nested (a 1 MB page takes ~100 yields). Not scheduler.yield(): its
 * continuation runs before every other queued task, so while we work the
 * page's own timers and messages never run — measured with a page's 10 ms
 * timer, a scan of 40 slices of 20 ms was one gap of 0.9 s in Firefox and
 * 1.6 s in Chromium, against 35–140 ms with messages. Not
 * scheduler.postTask: during a page's load Chromium ran those ~50 ms apart
 * (measured: a 1 MB page scanned in slices of ~5 ms at 20 Hz).
 */
export const yieldToPage: YieldToPage = () => {
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
