/**
 * The units another reader of a text asks the matcher's scan to note as it
 * goes (figure starts, lib/figures/candidates.ts): a table with one entry per
 * UTF-16 unit, turned into one bit per unit like the scan's own start bits,
 * and the test of the units of a name, which the scan steps over.
 */
import type { Offsets } from './offsets';

/**
 * One bit per UTF-16 unit, set where `table` holds 1 (8 KB). The tables mark a few
 * dozen units: the native `indexOf` finds them, where a loop over all 64 K entries
 * took ~5 ms of a page's first scan, run before the engine had compiled it.
 */
export function unitBits(table: Uint8Array): Int32Array {
  const bits = new Int32Array(0x10000 >>> 5);
  for (let u = table.indexOf(1); u >= 0; u = table.indexOf(1, u + 1))
    bits[u >>> 5] = (bits[u >>> 5] as number) | (1 << u);
  return bits;
}

/** Notes in `found` the offsets in [from, to) whose unit has its bit in `marks`. */
export function markInside(
  text: string,
  from: number,
  to: number,
  marks: Int32Array,
  found: Offsets,
): void {
  for (let k = from; k < to; k++) {
    const v = text.charCodeAt(k);
    if (((marks[v >>> 5] as number) & (1 << v)) !== 0) found.push(k);
  }
}
