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
import type { ParsedFigure } from '../figures';
import type { IsoDate, Pack } from '../pack/types';
import * as context from './context';
import * as sentences from './sentences';
import * as evidence from './evidence-ids';
import { FoundFigure } from './found-figure';
import { Offsets } from './offsets';
import type { EntityMention, Matcher, Mention } from './types';

// Read once: as vitest runs the sources, each use of an imported binding is a
// look-up on the exporting module (two through ../figures), at every block and figure.
const { figureStartUnits, mayLink, parseFigures } = figures;
const { decideInContext, hasMetricIn } = context;
const { clauseEnd, clauseStart, hasStopIn, sentenceEnd, sentenceStart } = sentences;
const { getEvidenceOf } = evidence;

/**
 * Where a figure can start in the block, noted by the matcher's scan as it reads the
 * units (reused: findMentions is never re-entered). Most figures are no pack's figure:
 * their period is read only where linking needs it.
 */
const figureStarts = new Offsets();
const FIGURE_OPTIONS = { periods: false, starts: figureStarts };
const NO_PERIODS = { periods: false };

export function findMentions(
  text: string,
  matcher: Matcher,
  packs: readonly Pack[],
  /** When the page was written, if it says: which of an entity's reported periods it means. */
  pageDate?: IsoDate,
): Mention[] {
  const marked = matcher.matchMarking?.(text, figureStartUnits(), figureStarts);
  const entities = decideInContext(text, marked ?? matcher.match(text), getEvidenceOf(packs));
  // A block that names nothing and holds no metric word has no figure of ours: not read.
  if (!namesIn(entities, 0, text.length) && !hasMetricIn(text, 0, text.length)) return entities;
  return withIndustryFigures(text, entities, packs, pageDate, marked ? FIGURE_OPTIONS : NO_PERIODS);
}

/**
 * The block's entities and, in order among them, its figures that are the
 * industry's, each linked when its link is first read (`entities` itself when
 * there are none). A sentence is found once for all the figures it holds, and its
 * entities and metric words are looked for once.
 */
function withIndustryFigures(
  text: string,
  entities: readonly EntityMention[],
  packs: readonly Pack[],
  pageDate: IsoDate | undefined,
  options: Parameters<typeof parseFigures>[1],
): Mention[] {
  // Made at the first figure kept; entities before a figure go in first (an entity first at the same start).
  let out: Mention[] | undefined;
  let merged = 0;
  let e = 0;
  // The current figure's sentence; the next figure inside it shares it unless a stop lay inside a figure.
  let from = 0;
  let to = -1;
  let shared = false;
  let sentenceNames: boolean | undefined;
  let sentenceMetric: boolean | undefined;
  const parsedFigures = parseFigures(text, options);
  // Indexed: a `for…of` makes an iterator, and a result per figure, until the engine optimises it.
  for (let p = 0; p < parsedFigures.length; p++) {
    const parsed = parsedFigures[p]!;
    while (e < entities.length && (entities[e] as EntityMention).end <= parsed.start) e++;
    const overlapping = e < entities.length && (entities[e] as EntityMention).start < parsed.end;
    if (overlapping) continue;
    if (!shared || parsed.start < from || parsed.end > to) {
      from = sentenceStart(text, parsed.start);
      to = sentenceEnd(text, parsed.end);
      shared = !hasStopIn(text, parsed.start, parsed.end);
      sentenceNames = undefined;
      sentenceMetric = undefined;
    }
    // Its sentence names an entity (阿里雲收入276億元), or holds a metric word. A head
    // count (3萬人, 20萬人次) is a crowd's unless its own clause names an entity.
    const beside = isHeadCount(text, parsed)
      ? namesIn(entities, clauseStart(text, parsed.start), clauseEnd(text, parsed.end))
      : (sentenceNames ??= namesIn(entities, from, to));
    if (!beside && !(sentenceMetric ??= hasMetricIn(text, from, to))) continue;
    // Linked when first read (found-figure.ts); a figure no pack has keeps nothing to link with.
    const figure = new FoundFigure(
      parsed,
      !beside,
      mayLink(parsed, packs) ? { text, entities, at: e, packs, pageDate } : undefined,
    );
    out ??= [];
    while (merged < e) out.push(entities[merged++] as EntityMention);
    out.push(figure);
  }
  if (out === undefined) return entities as EntityMention[];
  while (merged < entities.length) out.push(entities[merged++] as EntityMention);
  return out;
}

/** Whether an entity named (not ambiguous) in the block overlaps [from, to). */
function namesIn(entities: readonly EntityMention[], from: number, to: number): boolean {
  // Indexed: a `for…of` makes an iterator per call until the engine optimises it.
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i] as EntityMention;
    if (!m.ambiguous && m.start < to && m.end > from) return true;
  }
  return false;
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
