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
import { linkFigure, mayLink, parseFigures, statedPeriod } from '../figures';
import type { FigureLink, FigureMention, ParsedFigure } from '../figures';
import type { IsoDate, Pack } from '../pack/types';
import { clauseAround, decideInContext, hasMetricIn, sentenceAround } from './context';
import { getEvidenceIds } from './evidence-ids';
import type { EntityMention, Matcher, Mention } from './types';

export function findMentions(
  text: string,
  matcher: Matcher,
  packs: readonly Pack[],
  /** When the page was written, if it says: which of an entity's reported periods it means. */
  pageDate?: IsoDate,
): Mention[] {
  const evidenceIds = getEvidenceIds(packs);
  const entities = decideInContext(text, matcher.match(text), (id) => evidenceIds.get(id) ?? [id]);

  const figures: FigureMention[] = [];
  let e = 0;
  const named = entities.filter((m) => !m.ambiguous);
  // A block that names nothing and holds no metric word has no figure of ours: not read.
  const parsedFigures =
    named.length > 0 || hasMetricIn(text, 0, text.length)
      ? parseFigures(text, { periods: false })
      : [];
  // Most figures are no pack's figure: their period and neighbours are never needed.
  for (const parsed of parsedFigures) {
    while (e < entities.length && (entities[e] as EntityMention).end <= parsed.start) e++;
    const overlapping = e < entities.length && (entities[e] as EntityMention).start < parsed.end;
    if (overlapping) continue;
    // Its sentence names an entity (阿里雲收入276億元), or holds a metric word. A head
    // count (3萬人, 20萬人次) is a crowd's unless its own clause names an entity.
    const sentence = sentenceAround(text, parsed.start, parsed.end);
    const [from, to] = isHeadCount(text, parsed)
      ? clauseAround(text, parsed.start, parsed.end)
      : sentence;
    const beside = named.some((m) => m.start < to && m.end > from);
    if (!beside && !hasMetricIn(text, ...sentence)) continue;
    let link: FigureLink | undefined;
    if (mayLink(parsed, packs)) {
      const before = entities.slice(0, e).reverse();
      const after = entities.slice(e);
      const nearby = [...new Set([...before, ...after].map((m) => m.entityId))];
      link = linkFigure(parsed, nearby, packs, () => statedPeriod(text, parsed), pageDate);
    }
    figures.push({
      kind: 'figure',
      start: parsed.start,
      end: parsed.end,
      figure: parsed,
      ...(link ? { link } : {}),
      ...(beside ? {} : { ambiguous: true }),
    });
  }

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

/** A count of people: 3萬人, 20萬人次, 3萬名, 40萬戶. */
function isHeadCount(text: string, parsed: ParsedFigure): boolean {
  return parsed.kind === 'count' && /[人名户戶]次?$/.test(text.slice(parsed.start, parsed.end));
}
