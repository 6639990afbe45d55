/**
 * What the content script matches with: the enabled packs, one automaton
 * over their names, and the page-wide evidence rule for ambiguous aliases.
 */
import { createMatcher, findMentions, fold, type Matcher } from '../match';
import { hasEvidenceAmong } from '../match/evidence-ids';
import type { IsoDate, Pack } from '../pack/types';
import type { FindMentions, HasEvidence } from '../page';
import type { ProtectedSpan, ProtectSpans } from '../convert/types';

export interface PageMatching {
  packs: readonly Pack[];
  matcher: Matcher;
  findMentions: FindMentions;
  hasEvidence: HasEvidence;
  protectSpans: ProtectSpans;
}

/** Each entity's name (in either script, folded) → the pack's spelling in both scripts. */
function spellingsOf(packs: readonly Pack[]): Map<string, { hant: string; hans: string }> {
  const names = new Map<string, { hant: string; hans: string }>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const spelling = { hant: entity.names['zh-Hant'], hans: entity.names['zh-Hans'] };
      for (const name of [spelling.hant, spelling.hans]) {
        const key = `${entity.id}\u0000${fold(name)}`;
        if (!names.has(key)) names.set(key, spelling);
      }
    }
  }
  return names;
}

/**
 * `pageDate`: when the page's article was written, if it says (lib/card/article-date.ts);
 * `matcher`: the packs' matcher when it was loaded already (lib/pack/load-matcher.ts).
 */
export function createPageMatching(
  packs: readonly Pack[],
  pageDate?: IsoDate,
  matcher: Matcher = createMatcher(packs),
): PageMatching {
  // Only a conversion needs the spellings: built then, not at every page load.
  let names: Map<string, { hant: string; hans: string }> | undefined;
  const spellings = () => (names ??= spellingsOf(packs));
  return {
    packs,
    matcher,
    // What a block's context leaves open the annotator decides page-wide, with counts
    // that follow the page as it changes (lib/page/mentions/evidence.ts).
    findMentions: (text) => findMentions(text, matcher, packs, pageDate),
    hasEvidence: hasEvidenceAmong(packs),
    // Where a page writes an entity's own name, the pack's spelling in each script wins
    // over the dictionary's guess; other aliases are left to OpenCC.
    protectSpans: (text) => {
      const spans: ProtectedSpan[] = [];
      for (const m of matcher.match(text)) {
        const spelling = spellings().get(`${m.entityId}\u0000${fold(text.slice(m.start, m.end))}`);
        if (spelling) spans.push({ start: m.start, end: m.end, ...spelling });
      }
      return spans;
    },
  };
}
