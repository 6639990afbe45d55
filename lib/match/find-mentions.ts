import { linkFigure, mayLink, parseFigures, statedPeriod } from '../figures';
import type { FigureLink, ParsedFigure } from '../figures';
import type { IsoDate, Pack } from '../pack/types';
import { createEvidenceTracker, type EvidenceTracker } from './evidence';
import type { EntityMention, Matcher } from './types';

export interface FigureMention {
  kind: 'figure';
  start: number;
  end: number;
  /** Without its stated period: read only where linking needed it (see linkFigure). */
  figure: ParsedFigure;
  link?: FigureLink;
}

export type Mention = EntityMention | FigureMention;

/**
 * One pass over a run of text: its entity mentions (ambiguous ones kept only
 * with evidence from this text or from `evidence`, the page so far) and its
 * figures, sorted by start. Figures overlapping an entity (通義千問2.0) are
 * dropped. A figure is linked with the entities before it in the text,
 * nearest first, then the ones after it. The text's unambiguous mentions are
 * added to `evidence`.
 */
export function findMentions(
  text: string,
  matcher: Matcher,
  packs: readonly Pack[],
  evidence: EvidenceTracker = createEvidenceTracker(packs),
  /** When the page was written, if it says: which of an entity's reported periods it means. */
  pageDate?: IsoDate,
): Mention[] {
  const candidates = matcher.match(text);
  evidence.add(candidates);
  const entities = candidates.filter((m) => evidence.accepts(m));

  const figures: FigureMention[] = [];
  let e = 0;
  // Most figures are no pack's figure: their period and neighbours are never needed.
  for (const parsed of parseFigures(text, { periods: false })) {
    while (e < entities.length && (entities[e] as EntityMention).end <= parsed.start) e++;
    const overlapping = e < entities.length && (entities[e] as EntityMention).start < parsed.end;
    if (overlapping) continue;
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
