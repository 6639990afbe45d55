/**
 * The scan for big packs, where most units start some pattern: the start test of
 * the sparse scan (scan.ts) would pass and mispredict, so this one tests the pair
 * of codes at each position and walks only where a pattern ends at the pair or
 * goes on with the third unit (start-filter.ts builds the triples).
 */
import type { Offsets } from './offsets';
import { Scan } from './scan';
import type { EntityMention } from './types';

export class DenseScan extends Scan {
  private readonly triples: Int32Array;
  private readonly tripleMask: number;

  constructor(...parts: ConstructorParameters<typeof Scan>) {
    super(...parts);
    const [, filter] = parts;
    this.triples = filter.triples;
    this.tripleMask = filter.tripleMask;
  }

  override match(text: string): EntityMention[] {
    return this.matchDense(text);
  }

  /** The scan reads codes, not units, so a loop of its own marks the units of `table`. */
  override matchMarking(text: string, table: Uint8Array, found: Offsets): EntityMention[] {
    found.length = 0;
    for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) found.push(i);
    return this.matchDense(text);
  }

  /** Each unit's code read once; the codes of the next two units carried along. */
  private matchDense(text: string): EntityMention[] {
    const { codeOf, pairs, triples } = this;
    const width = this.width | 0;
    const mask = this.mask | 0;
    const tripleMask = this.tripleMask | 0;
    const out: EntityMention[] = [];
    const n = text.length;
    // Codes of the units at i, i + 1 and i + 2 (0 past the end). No closure
    // here: variables a closure reads live in memory, not in registers.
    let c1 = n > 0 ? (codeOf[text.charCodeAt(0)] as number) : 0;
    let c2 = n > 1 ? (codeOf[text.charCodeAt(1)] as number) : 0;
    let i = 0;
    while (i < n) {
      const c3 = i + 2 < n ? (codeOf[text.charCodeAt(i + 2)] as number) : 0;
      const key = Math.imul(c1, width) + c2;
      // This pair's two bits: it begins a pattern, a pattern ends at it.
      const bits = (pairs[(key & mask) >>> 4] as number) >>> (key << 1);
      if ((bits & 1) === 0) {
        i++;
        c1 = c2;
        c2 = c3;
        continue;
      }
      if ((bits & 2) === 0) {
        const third = (Math.imul(key, width) + c3) & tripleMask;
        if (((triples[third >>> 5] as number) & (1 << third)) === 0) {
          i++;
          c1 = c2;
          c2 = c3;
          continue;
        }
      }
      const next = this.take(text, out, i, c1, c2);
      if (next === i + 1) {
        c1 = c2;
        c2 = c3;
      } else {
        c1 = next < n ? (codeOf[text.charCodeAt(next)] as number) : 0;
        c2 = next + 1 < n ? (codeOf[text.charCodeAt(next + 1)] as number) : 0;
      }
      i = next;
    }
    return out;
  }
}
