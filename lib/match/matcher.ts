/**
 * A matcher for packs: compiled from their names (imported packs), or made
 * from the parts a build compiled already (the built-in pack's names index,
 * names-index.ts, which a page loads instead of compiling ~40 ms cold).
 */
import type { Pack } from '../pack/types';
import { compilePacks, type CompiledMatcher } from './compile';
import { getFoldXor } from './fold';
import { getGuardChecks, getGuards, type Guards } from './guards';
import type { Offsets } from './offsets';
import { DenseScan } from './dense-scan';
import { Scan } from './scan';
import { buildStartFilter, type StartFilter } from './start-filter';
import type { EntityMention, Matcher } from './types';

export function createMatcher(packs: readonly Pack[]): Matcher {
  return createMatcherFrom(compilePacks(packs));
}

/**
 * The scan (scan.ts): at each position, skip the unit unless a pattern starts
 * with it (one bit, `starts`), and the walk unless a pattern starts with it
 * and the next unit (a bit per pair of codes, `pairs`), so most positions
 * never touch the double array. With a big pack, where most units start some
 * pattern, test the pair only, and walk only where a pattern ends at it or
 * goes on with the third unit (start-filter.ts). Otherwise walk the double
 * array (codes include folding) and collect every pattern that ends along the
 * way, try them longest first and keep the first one the guards accept, then
 * go on after it (leftmost-longest, non-overlapping). No allocation but the
 * mentions.
 */
export function createMatcherFrom(
  compiled: CompiledMatcher,
  filter: StartFilter = buildStartFilter(compiled.trie),
): Matcher {
  const guards = getGuards();
  const scan = createScan(compiled, filter, guards);
  return {
    match: (text: string): EntityMention[] => scan.match(text),
    matchMarking: (text: string, table: Uint8Array, found: Offsets): EntityMention[] =>
      scan.matchMarking(text, table, found),
  };
}

/** The scan `filter` is built for: the dense one (big packs) or the sparse one. */
export function createScan(compiled: CompiledMatcher, filter: StartFilter, guards: Guards): Scan {
  const ScanFor = filter.dense ? DenseScan : Scan;
  return new ScanFor(compiled, filter, guards, getGuardChecks(guards), getFoldXor());
}
