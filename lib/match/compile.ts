/**
 * Compiling packs into the matcher's flat arrays (CompiledMatcher), when a page
 * first needs a matcher (matcher.ts) or at build time for big packs
 * (serialize.ts). Collects every entity's names and aliases, folded. An alias's
 * own flags win over a name with the same folded text. When two entities share a
 * folded alias, the first unambiguous one (in pack order) keeps it.
 */
import type { EntityType, Pack } from '../pack/types';
import { foldAll } from './fold';
import { buildDoubleArray, patternAt, sortPatterns, step, type DoubleArray } from './double-array';
import { beginsWord, getGuards, type Guards } from './guards';

/** Per-pattern flags (bits). */
const AMBIGUOUS = 1;
/** Starts with an ASCII letter or digit: needs a word boundary before. */
const WORD_START = 2;
/** Ends with an ASCII letter: needs a boundary after (a plural `s` is allowed). */
const END_LETTER = 4;
/** Ends with a digit: no digit, letter or decimal part may follow. */
const END_DIGIT = 8;
/** A person's name ending in a CJK unit: the name-end guard applies. */
const NAME_END = 16;
/** Has doubtful context words (assets/guards/ambiguous-contexts.json). */
const CONTEXT = 32;
/** Some containing word (assets/guards/containing-words.json) holds it. */
const INSIDE = 64;

/** The flags in one object, for modules that read them in hot code (scan.ts). */
export const FLAGS = { AMBIGUOUS, WORD_START, END_LETTER, END_DIGIT, NAME_END, CONTEXT, INSIDE };

/** Everything the matcher needs, in flat arrays: what `createMatcher` builds from packs. */
export interface CompiledMatcher {
  trie: DoubleArray;
  /** Per pattern id: index into `entityIds`. */
  entityOf: Int32Array;
  flags: Uint8Array;
  entityIds: string[];
  entityTypes: EntityType[];
  /** Pattern id → its folded text, only for patterns with CONTEXT. */
  contextAliases: Map<number, string>;
}

const isWordUnit = (u: number): boolean => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39);
const isLetterUnit = (u: number): boolean => u >= 0x61 && u <= 0x7a;
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;

interface Choice {
  entity: number;
  ambiguous: boolean;
}

/** A Chinese character then a version's first letter or digit (folded: lower case). */
const CJK_THEN_VERSION = /([\u3400-\u9fff])([0-9a-z])/g;

export function compilePacks(
  packs: readonly Pack[],
  guards: Guards = getGuards(),
): CompiledMatcher {
  const entities = packs.flatMap((pack) => pack.entities);
  // One fold call for all names: at a cold page load, calls cost more than units.
  const texts: string[] = [];
  for (const entity of entities) {
    texts.push(entity.names['zh-Hant'].trim(), entity.names['zh-Hans'].trim());
    texts.push(entity.names.en.trim());
    for (const alias of entity.aliases) texts.push(alias.text.trim());
  }
  const folded = foldAll(texts);
  const chosen = new Map<string, Choice>();
  let next = 0;
  entities.forEach((entity, index) => {
    const own = new Map<string, boolean>();
    // A common name's Chinese forms (張勇, 北京) count only with a sign (context.ts); a
    // person's English name stays a name (Daniel Zhang), a city's does not (Shanghai).
    const common = entity.commonName === true;
    for (let k = 0; k < 3; k++)
      own.set(folded[next++] as string, common && (k < 2 || entity.type === 'place'));
    // A city's other spellings are as common as its name.
    const place = common && entity.type === 'place';
    for (const alias of entity.aliases)
      own.set(folded[next++] as string, place || alias.ambiguous === true);
    // A version written apart from its Chinese name (文心大模型 4.5, 通義千問 2.5) is the same name.
    for (const [text, ambiguous] of [...own]) {
      const spaced = text.replace(CJK_THEN_VERSION, '$1 $2');
      if (spaced !== text && !own.has(spaced)) own.set(spaced, ambiguous);
    }
    for (const [text, ambiguous] of own) {
      if (!text) continue;
      const prior = chosen.get(text);
      if (!prior || (prior.ambiguous && !ambiguous)) chosen.set(text, { entity: index, ambiguous });
    }
  });
  const entityIds = entities.map((e) => e.id);
  const entityTypes = entities.map((e) => e.type);

  const patterns = sortPatterns(chosen.keys());
  const trie = buildDoubleArray(patterns);
  const entityOf = new Int32Array(patterns.length);
  const flags = new Uint8Array(patterns.length);
  const contextAliases = new Map<number, string>();
  const { contexts, containingWords, common } = guards;
  patterns.forEach((text, id) => {
    const choice = chosen.get(text) as Choice;
    const firstUnit = text.charCodeAt(0);
    const lastUnit = text.charCodeAt(text.length - 1);
    let f = choice.ambiguous ? AMBIGUOUS : 0;
    if (isWordUnit(firstUnit)) f |= WORD_START;
    if (isLetterUnit(lastUnit)) f |= END_LETTER;
    if (isDigitUnit(lastUnit)) f |= END_DIGIT;
    // Guards are flagged only where they can apply, so most names skip them.
    if (entityTypes[choice.entity] === 'person' && beginsWord(common, lastUnit)) f |= NAME_END;
    if (contexts.has(text)) {
      f |= CONTEXT;
      contextAliases.set(id, text);
    }
    entityOf[id] = choice.entity;
    flags[id] = f;
  });
  for (const word of containingWords) flagInside(trie, flags, word);
  return { trie, entityOf, flags, entityIds, entityTypes, contextAliases };
}

/** Flags INSIDE on every pattern that occurs in `word` and is shorter than it. */
function flagInside(trie: DoubleArray, flags: Uint8Array, word: string): void {
  for (let from = 0; from < word.length; from++) {
    let s = 0;
    for (let j = from; j < word.length; j++) {
      s = step(trie, s, word.charCodeAt(j));
      if (s < 0) break;
      const p = patternAt(trie, s);
      if (p >= 0 && j + 1 - from < word.length) flags[p] = (flags[p] as number) | INSIDE;
    }
  }
}
