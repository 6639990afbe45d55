/**
 * What the extension highlights in one passage, taken as one page: its
 * matching (the built-in packs' names, guards and figures) and the page-wide
 * evidence rule for ambiguous names, as the annotator applies them.
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
      shown.push({ start: m.start, end: m.end, type: 'figure', id: m.link?.figure.id ?? '' });
      continue;
    }
    const highlight = { start: m.start, end: m.end, type: m.entityType, id: m.entityId };
    if (!m.ambiguous || matching.hasEvidence(m.entityId, (id) => present.has(id)))
      shown.push(highlight);
    else withoutEvidence.push(highlight);
  }
  return { shown, withoutEvidence };
}
