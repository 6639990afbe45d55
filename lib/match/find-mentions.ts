/**
 * One pass over a run of text (a block): its entity mentions, ambiguous ones
 * decided from their context (context.ts) where it can, the rest left flagged
 * `ambiguous` for the page's evidence to decide (lib/page/mentions/evidence.ts); and
 * the industry's figures, sorted by start. A figure is the industry's when its sentence names
 * an entity (a head count: its own clause), or its sentence holds a metric word
 * (then it waits for the page to name one); other numbers are none of ours. Figures overlapping an entity (通義千問2.0)
 * are dropped. A figure is linked with the entities before it in the text,
 * nearest first, then the ones after it.
 */
import * as figures from '../figures';
import type { FigureMention, ParsedFigure } from '../figures';
import type { IsoDate, Pack } from '../pack/types';
import * as context from './context';
import * as sentences from './sentences';
import * as evidence from './evidence-ids';
import type { EntityMention, Matcher, Mention } from './types';

// Read once: as vitest runs the sources, each use of an imported binding is a
// look-up on the exporting module (two through ../figures), at every block and figure.
const { linkFigure, mayLink, parseFigures, statedPeriod } = figures;
const { decideInContext, hasMetricIn } = context;
const { clauseAround, hasStopIn, sentenceAround } = sentences;
const { getEvidenceIds } = evidence;

export function findMentions(
  text: string,
  matcher: Matcher,
  packs: readonly Pack[],
  /** When the page was written, if it says: which of an entity's reported periods it means. */
  pageDate?: IsoDate,
): Mention[] {
  const evidenceIds = getEvidenceIds(packs);
  const entities = decideInContext(text, matcher.match(text), (id) => evidenceIds.get(id) ?? [id]);
  const named = entities.filter((m) => !m.ambiguous);
  // A block that names nothing and holds no metric word has no figure of ours: not read.
  if (named.length === 0 && !hasMetricIn(text, 0, text.length)) return entities;
  const figures = industryFigures(text, entities, named, packs, pageDate);
  if (figures.length === 0) return entities;

  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < entities.length || j < figures.length) {
    const a = entities[i];
    const b = figures[j];
    if (a && (!b || a.start <= b.start)) {
      out.push(a);
      i++;
    } else if (b) {
      out.push(b);
      j++;
    }
  }
  return out;
}

/**
 * The block's figures that are the industry's, linked where they may be. A
 * sentence is found once for all the figures it holds, and its entities and
 * metric words are looked for once.
 */
function industryFigures(
  text: string,
  entities: readonly EntityMention[],
  named: readonly EntityMention[],
  packs: readonly Pack[],
  pageDate: IsoDate | undefined,
): FigureMention[] {
  const figures: FigureMention[] = [];
  let e = 0;
  // The last sentence found, while no stop lies inside it (then it is every inner span's).
  let sentence: [number, number] = [0, -1];
  let sentenceNames: boolean | undefined;
  let sentenceMetric: boolean | undefined;
  let nearby: string[] = [];
  let nearbyAt = -1;
  // Most figures are no pack's figure: their period and neighbours are never needed.
  for (const parsed of parseFigures(text, { periods: false })) {
    while (e < entities.length && (entities[e] as EntityMention).end <= parsed.start) e++;
    const overlapping = e < entities.length && (entities[e] as EntityMention).start < parsed.end;
    if (overlapping) continue;
    if (parsed.start < sentence[0] || parsed.end > sentence[1]) {
      sentence = sentenceAround(text, parsed.start, parsed.end);
      if (hasStopIn(text, parsed.start, parsed.end)) sentence[1] = -1;
      sentenceNames = undefined;
      sentenceMetric = undefined;
    }
    const [from, to] = sentence[1] < 0 ? sentenceAround(text, parsed.start, parsed.end) : sentence;
    // Its sentence names an entity (阿里雲收入276億元), or holds a metric word. A head
    // count (3萬人, 20萬人次) is a crowd's unless its own clause names an entity.
    const beside = isHeadCount(text, parsed)
      ? namesIn(named, ...clauseAround(text, parsed.start, parsed.end))
      : (sentenceNames ??= namesIn(named, from, to));
    if (!beside && !(sentenceMetric ??= hasMetricIn(text, from, to))) continue;
    const figure: FigureMention = {
      kind: 'figure',
      start: parsed.start,
      end: parsed.end,
      figure: parsed,
    };
    if (mayLink(parsed, packs)) {
      // Figures between the same two entities share their neighbours.
      if (nearbyAt !== e) nearby = nearbyIds(entities, (nearbyAt = e));
      const link = linkFigure(parsed, nearby, packs, () => statedPeriod(text, parsed), pageDate);
      if (link) figure.link = link;
    }
    if (!beside) figure.ambiguous = true;
    figures.push(figure);
  }
  return figures;
}

/** Whether an entity named in the block overlaps [from, to). */
function namesIn(named: readonly EntityMention[], from: number, to: number): boolean {
  return named.some((m) => m.start < to && m.end > from);
}

/** The entities before mention `e` of the block, nearest first, then those from it on: each once. */
function nearbyIds(entities: readonly EntityMention[], e: number): string[] {
  const ids = new Set<string>();
  for (let k = e - 1; k >= 0; k--) ids.add((entities[k] as EntityMention).entityId);
  for (let k = e; k < entities.length; k++) ids.add((entities[k] as EntityMention).entityId);
  return [...ids];
}

const HEAD_COUNTERS = new Set([0x4eba, 0x540d, 0x6237, 0x6236]); // 人名户戶
const CH_CI = 0x6b21; // 次

/** A count of people: 3萬人, 20萬人次, 3萬名, 40萬戶. */
function isHeadCount(text: string, parsed: ParsedFigure): boolean {
  if (parsed.kind !== 'count' || parsed.end <= parsed.start) return false;
  const last = text.charCodeAt(parsed.end - 1);
  if (HEAD_COUNTERS.has(last)) return true;
  return (
    last === CH_CI &&
    parsed.end - 2 >= parsed.start &&
    HEAD_COUNTERS.has(text.charCodeAt(parsed.end - 2))
  );
}
