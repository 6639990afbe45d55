/**
 * What the extension highlights in one passage, taken as one page and one
 * block: its matching (the built-in packs' names, guards, context rules and
 * figures) and the page-wide evidence for what context left undecided, decided
 * by the annotator's own tracker (lib/page/mentions/evidence.ts).
 */
import { createPageMatching, type PageMatching } from '../../lib/content/page-matching';
import { getBuiltinPacks } from '../../lib/pack/builtin-bundled';
import { shownAlone } from '../../lib/page/mentions/evidence';
import type { Highlight } from './measure';

let matching: PageMatching | undefined;

/** What one passage lights, and the ambiguous names it left dark for want of evidence. */
export function highlightsOf(text: string): Highlight[] {
  return matchPassage(text).shown;
}

export function matchPassage(text: string): { shown: Highlight[]; withoutEvidence: Highlight[] } {
  matching ??= createPageMatching(getBuiltinPacks());
  const found = matching.findMentions(text);
  const lit = new Set(shownAlone(found, matching.hasEvidence));
  const shown: Highlight[] = [];
  const withoutEvidence: Highlight[] = [];
  for (const m of found) {
    const highlight =
      m.kind === 'figure'
        ? { start: m.start, end: m.end, type: 'figure', id: m.link?.figure.id ?? '' }
        : { start: m.start, end: m.end, type: m.entityType, id: m.entityId };
    if (lit.has(m)) shown.push(highlight);
    else if (m.kind === 'entity') withoutEvidence.push(highlight);
  }
  return { shown, withoutEvidence };
}
