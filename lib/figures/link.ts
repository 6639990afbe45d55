/**
 * linkFigure: which figure of the knowledge packs a parsed figure is.
 *
 * A pack figure is a candidate when kind and unit agree and its value (or one
 * of its `comparedWith` values) equals the parsed value within the rounding of
 * the digits shown (243億 matches 24.26e9–24.35e9; 19.4% matches 19.35–19.45).
 * Among candidates the one whose entity, or an entity tied to it by `part_of`
 * (either direction) or, for an event, by what it `affected` or where it is
 * `located_in` (the outage's 12 hours sit beside 阿里雲 and 香港), is nearest
 * in `nearbyEntityIds` wins; a matching period
 * breaks ties, then the page's date: of figures the same entity reported for
 * several periods (Azure's 29% in two quarters), a page dated after some of
 * them means the latest of those. A wrong link is worse than none, so:
 * - no candidate has entity evidence and there are several → undefined;
 * - a single candidate without entity evidence is returned only when its value
 *   is distinctive (see `isDistinctive`), since 5%, 2% or 12 hours recur
 *   everywhere.
 */
import type { Figure, IsoDate, Pack, Period } from '../pack/types';
import { agreeingReadings, hasAgreeingReading, stepOf } from './readings';
import type { FigureLink, ParsedFigure, ParsedPeriod } from './types';

interface Candidate extends FigureLink {
  rank: number;
}

/** Significant digits shown: 243億 → 3, 19.4 → 3, 21 → 2, 200 → 1. */
function shownDigits(p: ParsedFigure): { count: number; last: number } {
  const digits = String(Math.round(Math.abs(p.value) / stepOf(p))).replace(/0+$/, '');
  return { count: digits.length, last: Number(digits.slice(-1)) };
}

/**
 * Distinctive enough to link with no entity nearby:
 * - durations and counts: three or more significant digits (12 hours, 12
 *   months never are);
 * - amounts, growth and percentages: three or more significant digits (243億,
 *   19.4%, 15.2%), or two whose last is not 0 or 5 and whose value is above 12
 *   (21%, 29% yes; 15%, 12%, 5%, 2% no).
 */
export function isDistinctive(p: ParsedFigure): boolean {
  const { count, last } = shownDigits(p);
  if (count >= 3) return true;
  if (p.kind === 'duration' || p.kind === 'count') return false;
  return count === 2 && last !== 5 && Math.abs(p.value) > 12;
}

/** Relations that make a figure of one entity a figure about the other. */
const TIES = new Set(['part_of', 'affected', 'located_in']);

/**
 * Each pack list's ties: per entity, itself and the entities its TIES relations reach
 * (a `part_of` in either direction), indexed in one pass over the relations the first
 * time a figure is ranked. Looked up per entity, each look-up read every relation: on
 * a page whose figures agree with several entities' figures, that pass was repeated.
 */
const TIED = new WeakMap<readonly Pack[], Map<string, Set<string>>>();

function relatedIds(entity: string, packs: readonly Pack[]): ReadonlySet<string> {
  let ties = TIED.get(packs);
  if (ties === undefined) TIED.set(packs, (ties = indexTies(packs)));
  let ids = ties.get(entity);
  if (ids === undefined) ties.set(entity, (ids = new Set([entity])));
  return ids;
}

function indexTies(packs: readonly Pack[]): Map<string, Set<string>> {
  const ties = new Map<string, Set<string>>();
  const tie = (entity: string, other: string): void => {
    let ids = ties.get(entity);
    if (ids === undefined) ties.set(entity, (ids = new Set([entity])));
    ids.add(other);
  };
  for (const pack of packs) {
    for (const r of pack.relations) {
      if (!TIES.has(r.type)) continue;
      tie(r.from, r.to);
      if (r.type === 'part_of') tie(r.to, r.from);
    }
  }
  return ties;
}

function rankOf(fig: Figure, nearby: readonly string[], packs: readonly Pack[]): number {
  let best = Infinity;
  for (const id of relatedIds(fig.entity, packs)) {
    const k = nearby.indexOf(id);
    if (k >= 0 && k < best) best = k;
  }
  return best;
}

/** +1 when the stated period agrees with the figure's, −1 when it contradicts, 0 when unknown. */
function periodScore(stated: ParsedPeriod | undefined, period: Period): number {
  if (stated === undefined) return 0;
  const year = Number(period.start.slice(0, 4));
  const startMonth = Number(period.start.slice(5, 7)) || 0;
  const endMonth = period.end !== undefined ? Number(period.end.slice(5, 7)) || 0 : startMonth;
  const quarter = startMonth > 0 && endMonth - startMonth === 2 ? Math.ceil(startMonth / 3) : 0;
  const half = startMonth > 0 && endMonth - startMonth === 5 ? Math.ceil(startMonth / 6) : 0;
  let known = 0;
  if (stated.year !== undefined && !stated.fiscal) {
    if (stated.year !== year) return -1;
    known++;
  }
  if (stated.quarter !== undefined && quarter > 0) {
    if (stated.quarter !== quarter) return -1;
    known++;
  }
  if (stated.half !== undefined && half > 0) {
    if (stated.half !== half) return -1;
    known++;
  }
  return known > 0 ? 1 : 0;
}

/**
 * Whether `linkFigure` has a candidate for `parsed` (kind, unit and value
 * agree with a figure of `packs`): a look-up, so the nearby entities and the
 * stated period are worked out only for the few figures that may link.
 */
export function mayLink(parsed: ParsedFigure, packs: readonly Pack[]): boolean {
  return hasAgreeingReading(parsed, packs);
}

/**
 * `statedPeriod` gives the period stated before the figure when a tie between
 * figures of the nearest entity needs it (by default the parsed one);
 * `pageDate`, when the page says when it was written, breaks what is left.
 */
export function linkFigure(
  parsed: ParsedFigure,
  nearbyEntityIds: readonly string[],
  packs: readonly Pack[],
  statedPeriod: () => ParsedPeriod | undefined = () => parsed.period,
  pageDate?: IsoDate,
): FigureLink | undefined {
  const candidates: Candidate[] = [];
  let taken: Figure | undefined;
  // A figure is a candidate once: by its own value, else by the first comparison that agrees.
  for (const r of agreeingReadings(parsed, packs)) {
    if (r.figure === taken) continue;
    taken = r.figure;
    const rank = rankOf(r.figure, nearbyEntityIds, packs);
    candidates.push(
      r.comparison < 0
        ? { figure: r.figure, via: 'value', rank }
        : { figure: r.figure, via: 'comparison', comparisonIndex: r.comparison, rank },
    );
  }
  if (candidates.length === 0) return undefined;
  let bestRank = Infinity;
  for (const c of candidates) if (c.rank < bestRank) bestRank = c.rank;
  if (bestRank === Infinity) {
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only !== undefined && isDistinctive(parsed) ? strip(only) : undefined;
  }
  const near = candidates.filter((c) => c.rank === bestRank);
  if (near.length === 1) return strip(near[0]!);
  const stated = statedPeriod();
  const scores = near.map((c) => periodScore(stated, c.figure.period));
  const bestPeriod = Math.max(...scores);
  const top = near.filter((_, i) => scores[i] === bestPeriod);
  if (top.length === 1 && top[0] !== undefined) return strip(top[0]);
  const latest = pageDate !== undefined ? latestBefore(top, pageDate) : undefined;
  return latest !== undefined ? strip(latest) : undefined;
}

/** The one candidate whose period ended last on or before `date`, if one stands alone. */
function latestBefore(candidates: readonly Candidate[], date: IsoDate): Candidate | undefined {
  const endOf = (c: Candidate) => c.figure.period.end ?? c.figure.period.start;
  const before = candidates.filter((c) => {
    const end = endOf(c);
    const length = Math.min(end.length, date.length);
    return end.slice(0, length) <= date.slice(0, length);
  });
  const last = before.reduce<string>((max, c) => (endOf(c) > max ? endOf(c) : max), '');
  const at = before.filter((c) => endOf(c) === last);
  return at.length === 1 ? at[0] : undefined;
}

function strip(c: Candidate): FigureLink {
  return c.via === 'comparison'
    ? { figure: c.figure, via: c.via, comparisonIndex: c.comparisonIndex ?? 0 }
    : { figure: c.figure, via: c.via };
}
