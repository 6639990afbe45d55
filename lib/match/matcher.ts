/**
 * A matcher for packs, compiled from their names when a page first needs one.
 * The built-in pack is not shipped precompiled: its double array is several
 * times the size of the names it is made from (~60 KB gzipped against ~15 KB
 * for the industry pack), and a page's start pays for every byte it loads,
 * while the compile takes a few milliseconds, once, on pages that have text to
 * match.
 */
import type { Pack } from '../pack/types';
import { compilePacks, type CompiledMatcher } from './compile';
import { getFoldXor } from './fold';
import { getGuardChecks, getGuards } from './guards';
import { Scan } from './scan';
import { buildStartFilter } from './start-filter';
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
export function createMatcherFrom(compiled: CompiledMatcher): Matcher {
  const guards = getGuards();
  const scan = new Scan(
    compiled,
    buildStartFilter(compiled.trie),
    guards,
    getGuardChecks(guards),
    getFoldXor(),
  );
  return { match: (text: string): EntityMention[] => scan.match(text) };
}
