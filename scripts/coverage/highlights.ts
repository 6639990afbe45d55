/**
 * What the extension highlights in one passage, taken as one page and one
 * block: its matching (the built-in packs' names, guards, context rules and
 * figures) and the page-wide evidence rule for what context left undecided, as
 * the annotator applies them (lib/page/evidence.ts).
 */
import { createPageMatching, type PageMatching } from '../../lib/content/page-matching';
import { getBuiltinPacks } from '../../lib/pack/load';
import type { Highlight } from './measure';

let matching: PageMatching | undefined;

/** What one passage lights, and the ambiguous names it left dark for want of evidence. */
export function highlightsOf(text: string): Highlight[] {
  return matchPassage(text).shown;
}

export function matchPassage(text: string): { shown: Highlight[]; withoutEvidence: Highlight[] } {
  matching ??= createPageMatching(getBuiltinPacks());
  const found = matching.findMentions(text);
  const present = new Set(
    found.flatMap((m) => (m.kind === 'entity' && !m.ambiguous ? [m.entityId] : [])),
  );
  const shown: Highlight[] = [];
  const withoutEvidence: Highlight[] = [];
  for (const m of found) {
    if (m.kind === 'figure') {
      // A figure with no entity in its sentence counts on a page that names one.
      if (m.ambiguous !== true || present.size > 0)
        shown.push({ start: m.start, end: m.end, type: 'figure', id: m.link?.figure.id ?? '' });
      continue;
    }
    const highlight = { start: m.start, end: m.end, type: m.entityType, id: m.entityId };
    const isPresent = (id: string) => present.has(id);
    const counts =
      !m.ambiguous ||
      (m.personal === true ? present.has(m.entityId) : matching.hasEvidence(m.entityId, isPresent));
    if (counts) shown.push(highlight);
    else withoutEvidence.push(highlight);
  }
  return { shown, withoutEvidence };
}
