import type { Pack } from '../pack/types';
import {
  AMBIGUOUS,
  CONTEXT,
  compilePacks,
  END_DIGIT,
  END_LETTER,
  INSIDE,
  NAME_END,
  WORD_START,
  type CompiledMatcher,
} from './compile';
import { builtinCompiled } from './builtin';
import { getFoldXor } from './fold';
import { endsInsideWord, getGuards, hasDoubtfulContext, isInsideWord } from './guards';
import type { EntityMention, Matcher } from './types';

const isWordUnit = (u: number): boolean => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39);
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;
const LOWER_S = 0x73;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const GUARDED = WORD_START | END_LETTER | END_DIGIT | NAME_END | INSIDE;

/** A matcher for packs; the built-in packs come compiled at build time (builtin.ts). */
export function createMatcher(packs: readonly Pack[]): Matcher {
  return createMatcherFrom(builtinCompiled(packs) ?? compilePacks(packs));
}

/**
 * The scan: at each position, map the unit to its code (folding included, one
 * table read) and skip it unless a pattern starts with it; otherwise walk the
 * double array and collect every pattern that ends along the way, try them
 * longest first and keep the first one the guards accept, then go on after it
 * (leftmost-longest, non-overlapping). No allocation but the mentions.
 */
export function createMatcherFrom(compiled: CompiledMatcher): Matcher {
  const { trie, entityOf, flags, entityIds, entityTypes, contextAliases } = compiled;
  const guards = getGuards();
  const xor = getFoldXor();
  const { codeOf, cells } = trie;
  const rootBase = cells[0] as number;
  const candidateEnd = new Int32Array(trie.depth + 1);
  const candidatePattern = new Int32Array(trie.depth + 1);
  const folded = (text: string, at: number): number => {
    const u = text.charCodeAt(at);
    return u ^ (xor[u] as number);
  };

  const accepts = (text: string, start: number, end: number, f: number): boolean => {
    const n = text.length;
    if (f & WORD_START && start > 0 && isWordUnit(folded(text, start - 1))) return false;
    if (f & (END_LETTER | END_DIGIT) && end < n) {
      const next = folded(text, end);
      const after = end + 1 < n ? folded(text, end + 1) : -1;
      // A hyphen joining more letters or digits makes another name (GPT-4o is not GPT).
      if (next === HYPHEN && isWordUnit(after)) return false;
      if (f & END_LETTER && isWordUnit(next) && !(next === LOWER_S && !isWordUnit(after)))
        return false;
      if (f & END_DIGIT && (isWordUnit(next) || (next === DOT && isDigitUnit(after)))) return false;
    }
    if (f & NAME_END && endsInsideWord(guards.common, text, end)) return false;
    return !(f & INSIDE && isInsideWord(guards.containing, text, start, end));
  };

  const mention = (text: string, start: number, end: number, p: number): EntityMention => {
    const f = flags[p] as number;
    let ambiguous = (f & AMBIGUOUS) !== 0;
    if (!ambiguous && f & CONTEXT) {
      const context = guards.contexts.get(contextAliases.get(p) ?? '');
      ambiguous = context !== undefined && hasDoubtfulContext(context, text, start, end);
    }
    const entity = entityOf[p] as number;
    return {
      kind: 'entity',
      start,
      end,
      entityId: entityIds[entity] as string,
      entityType: entityTypes[entity] as EntityMention['entityType'],
      ambiguous,
    };
  };

  return {
    match(text: string): EntityMention[] {
      const out: EntityMention[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        const c = codeOf[text.charCodeAt(i)] as number;
        let s = rootBase + 3 * c;
        if (c === 0 || cells[s + 1] !== 1) {
          i++;
          continue;
        }
        let found = 0;
        let j = i + 1;
        for (;;) {
          const p = cells[s + 2] as number;
          if (p >= 0) {
            candidateEnd[found] = j;
            candidatePattern[found++] = p;
          }
          if (j >= n) break;
          const t = (cells[s] as number) + 3 * (codeOf[text.charCodeAt(j)] as number);
          if (cells[t + 1] !== s + 1) break;
          s = t;
          j++;
        }
        let next = i + 1;
        for (let k = found - 1; k >= 0; k--) {
          const end = candidateEnd[k] as number;
          const p = candidatePattern[k] as number;
          if ((flags[p] as number) & GUARDED && !accepts(text, i, end, flags[p] as number))
            continue;
          out.push(mention(text, i, end, p));
          next = end;
          break;
        }
        i = next;
      }
      return out;
    },
  };
}
