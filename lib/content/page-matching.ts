/**
 * What the content script matches with: the enabled packs, one automaton
 * over their names, and the page-wide evidence rule for ambiguous aliases.
 */
import { createMatcher, findMentions, fold, foldsTo, type Matcher } from '../match';
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

/** An entity's own name in one script, folded, and the pack's spelling of it in both. */
interface Spelling {
  folded: string;
  hant: string;
  hans: string;
}

/** Each entity's own names (both scripts; the first pack's where packs share an id). */
function spellingsOf(packs: readonly Pack[]): Map<string, Spelling[]> {
  const byEntity = new Map<string, Spelling[]>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const hant = entity.names['zh-Hant'];
      const hans = entity.names['zh-Hans'];
      let list = byEntity.get(entity.id);
      if (!list) byEntity.set(entity.id, (list = []));
      for (const name of [hant, hans]) {
        const folded = fold(name);
        if (!list.some((known) => known.folded === folded)) list.push({ folded, hant, hans });
      }
    }
  }
  return byEntity;
}

/**
 * The spelling whose name `text` holds from `start` to `end`, if it is one of the entity's
 * own. Compared in place: a page has thousands of names, and each would be a folded copy.
 */
function ownSpelling(
  spellings: readonly Spelling[] | undefined,
  text: string,
  start: number,
  end: number,
): Spelling | undefined {
  if (!spellings) return undefined;
  for (const spelling of spellings) if (foldsTo(text, start, end, spelling.folded)) return spelling;
  return undefined;
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
  let names: Map<string, Spelling[]> | undefined;
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
        const own = ownSpelling(spellings().get(m.entityId), text, m.start, m.end);
        if (own) spans.push({ start: m.start, end: m.end, hant: own.hant, hans: own.hans });
      }
      return spans;
    },
  };
}
