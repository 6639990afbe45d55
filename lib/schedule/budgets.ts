/**
 * Every per-task and per-frame budget and pacing interval of the content
 * script, named once, each with its reason. Change them with the bench at
 * hand: its targets depend on them, and together they keep the longest run of
 * our code in one task well under 50 ms (a long task, which the reader feels).
 */

// Per task: how long one slice of our work runs before it yields to the page.

/**
 * Annotation: scanning text runs. Between slices the page renders: at 10 ms half of a
 * 1 MB page's time to ready went between slices; at 20 our longest task stays ~20–30 ms.
 */
export const SCAN_SLICE_MS = 20;
/** Conversion: walking and rewriting text nodes; their layout comes on top, in the next frame. */
export const CONVERT_SLICE_MS = 12;
/** Building a converter's dictionary trie: one dictionary is ~5 ms, so a pause every two or so. */
export const DICTIONARY_SLICE_MS = 10;
/**
 * Written texts named to the annotator per task: finding their blocks, which of those lie
 * inside which, and queueing a scan of each. 5 000 were ~30 ms of our code a task on the
 * 5 MB page (traced).
 */
export const NAMED_TEXTS_PER_TASK = 1500;

// Per frame: how much we change between two renderings of the page.

/**
 * Text written between two renderings. The page lays out all it was given at
 * once: 400 K characters take 150–300 ms of layout, one long task, unless the
 * writes are spread over frames. A frame of a 1 MB page costs ~20 ms however
 * little changed, plus the new text: measured here, 40 K characters made
 * frames of 40–57 ms, 20 K of 30–42 ms.
 */
export const WRITTEN_CHARS_PER_FRAME = 20_000;
/**
 * Blocks measured per frame (~4 µs each, a box read from a content script's world), so a
 * long page's placing stays out of the way; those further down than the near part wait
 * for an idle moment (lib/page/highlights/placement-queue.ts).
 */
export const PLACED_BLOCKS_PER_FRAME = 500;
/**
 * Above this many shown mentions, only those of blocks near the viewport are
 * registered (and the rest as the reader scrolls to them): at ~9 µs a range
 * per frame after any change of the page (more with underlines), 2 000
 * ranges stay around 20–30 ms.
 */
export const NEAR_VIEWPORT_ABOVE = 2000;

// Pacing: how often something may happen at most.

/** The first batch of highlights of a scan: soon, so the visible part (scanned first) lights up. */
export const FIRST_FLUSH_MS = 120;
/** Later batches: each makes the browser walk all registered ranges again. */
export const LATER_FLUSH_MS = 2000;
/** Least time between two batches of rescans after page changes (changes come in bursts). */
export const RESCAN_BATCH_MS = 50;
/** Rescans of one block per second before it goes on cooldown (a ticking clock, a live ticker). */
export const RESCANS_PER_BLOCK = 5;
/** Rescans of all blocks together per second. */
export const RESCANS_TOTAL = 200;
/** The window of the rescan limits, and a cooling block's least interval and quiet time. */
export const RESCAN_WINDOW_MS = 1000;
/** How often, at most, the registered highlights follow a scroll (during it, not only after). */
export const FOLLOW_VIEWPORT_MS = 100;
/** How often, at most, a dormant page's changes are looked at again. */
export const DORMANT_RECHECK_MS = 1000;
/** A frame that does not come this soon (the page hid meanwhile) is not waited for. */
export const FRAME_WAIT_MS = 100;
/** Work left for an idle moment runs at the latest this late on a page that is never idle. */
export const IDLE_TIMEOUT_MS = 1000;
/**
 * Idle work done in slices (counting a long page's mentions): one slice at most. An idle
 * period may last 50 ms, and a click that comes meanwhile waits for the slice to end.
 */
export const IDLE_SLICE_MS = 10;
/** …and when its idle callback came at the timeout (the page is never idle): some progress. */
export const OVERDUE_IDLE_SLICE_MS = 5;
/**
 * The same count when a question cannot wait for an idle moment (the popup asks, or a
 * variant was just shown): a slice per task. Counted in one go after a conversion, a
 * 5 MB page's mentions were 89 ms of our code in one task, then a garbage collection.
 */
export const URGENT_COUNT_SLICE_MS = 15;
