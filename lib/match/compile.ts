import type { EntityType, Pack } from '../pack/types';
import { fold } from './fold';
import { getGuards } from './guards';
import { buildTrie, sortPatterns, type Trie } from './trie';

/** Per-pattern flags (bits). */
export const AMBIGUOUS = 1;
/** Starts with an ASCII letter or digit: needs a word boundary before. */
export const WORD_START = 2;
/** Ends with an ASCII letter: needs a boundary after (a plural `s` is allowed). */
export const END_LETTER = 4;
/** Ends with a digit: no digit, letter or decimal part may follow. */
export const END_DIGIT = 8;
/** A person's name ending in a CJK unit: the name-end guard applies. */
export const NAME_END = 16;
/** Has doubtful context words (assets/guards/ambiguous-contexts.json). */
export const CONTEXT = 32;
/** Some containing word (assets/guards/containing-words.json) holds it. */
export const INSIDE = 64;

/** Everything the matcher needs, in flat arrays: what `createMatcher` builds from packs. */
export interface CompiledMatcher {
  trie: Trie;
  /** Per pattern id: index into `entityIds`. */
  entityOf: Int32Array;
  flags: Uint8Array;
  entityIds: string[];
  entityTypes: EntityType[];
  /** Pattern id → its folded text, only for patterns with CONTEXT. */
  contextAliases: Map<number, string>;
  /** Every pattern holds a Latin letter or a CJK unit, so texts without one can be skipped. */
  needsNameUnit: boolean;
}

/** Texts with none of these cannot hold a pattern that has one. */
export const NAME_UNITS = /[A-Za-z\u2e80-\u9fff\uf900-\ufaff\uff21-\uff3a\uff41-\uff5a]/;

const isWordUnit = (u: number): boolean => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39);
const isLetterUnit = (u: number): boolean => u >= 0x61 && u <= 0x7a;
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;

interface Choice {
  entity: number;
  ambiguous: boolean;
}

/**
 * Collects every entity's names and aliases, folded. An alias's own flags win
 * over a name with the same folded text. When two entities share a folded
 * alias, the first unambiguous one (in pack order) keeps it.
 */
export function compilePacks(packs: readonly Pack[]): CompiledMatcher {
  const entityIds: string[] = [];
  const entityTypes: EntityType[] = [];
  const personal: boolean[] = [];
  const chosen = new Map<string, Choice>();
  for (const pack of packs)
    for (const entity of pack.entities) {
      const index = entityIds.length;
      entityIds.push(entity.id);
      entityTypes.push(entity.type);
      personal.push(entity.type === 'person');
      const own = new Map<string, boolean>();
      for (const name of [entity.names['zh-Hant'], entity.names['zh-Hans'], entity.names.en])
        own.set(fold(name.trim()), false);
      for (const alias of entity.aliases)
        own.set(fold(alias.text.trim()), alias.ambiguous === true);
      for (const [text, ambiguous] of own) {
        if (!text) continue;
        const prior = chosen.get(text);
        if (!prior || (prior.ambiguous && !ambiguous))
          chosen.set(text, { entity: index, ambiguous });
      }
    }

  const patterns = sortPatterns(chosen.keys());
  const entityOf = new Int32Array(patterns.length);
  const flags = new Uint8Array(patterns.length);
  const contextAliases = new Map<number, string>();
  const { contexts, containingWords, commonFirstUnits } = getGuards();
  patterns.forEach((text, id) => {
    const choice = chosen.get(text) as Choice;
    const firstUnit = text.charCodeAt(0);
    const lastUnit = text.charCodeAt(text.length - 1);
    let f = choice.ambiguous ? AMBIGUOUS : 0;
    if (isWordUnit(firstUnit)) f |= WORD_START;
    if (isLetterUnit(lastUnit)) f |= END_LETTER;
    if (isDigitUnit(lastUnit)) f |= END_DIGIT;
    // Guards are flagged only where they can apply, so most names skip them.
    if (personal[choice.entity] && commonFirstUnits.has(lastUnit)) f |= NAME_END;
    if (containingWords.some((w) => w.length > text.length && w.includes(text))) f |= INSIDE;
    if (contexts.has(text)) {
      f |= CONTEXT;
      contextAliases.set(id, text);
    }
    entityOf[id] = choice.entity;
    flags[id] = f;
  });
  return {
    trie: buildTrie(patterns),
    entityOf,
    flags,
    entityIds,
    entityTypes,
    contextAliases,
    needsNameUnit: patterns.every((p) => NAME_UNITS.test(p)),
  };
}
