import type { Pack } from '../pack/types';
import {
  AMBIGUOUS,
  CONTEXT,
  compilePacks,
  END_DIGIT,
  END_LETTER,
  INSIDE,
  NAME_END,
  NAME_UNITS,
  WORD_START,
  type CompiledMatcher,
} from './compile';
import { getFoldTable } from './fold';
import { endsInsideWord, getGuards, hasDoubtfulContext, isInsideWord } from './guards';
import { childOf } from './trie';
import type { EntityMention, Matcher } from './types';

const isWordUnit = (u: number): boolean => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39);
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;
const LOWER_S = 0x73;
const DOT = 0x2e;
const HYPHEN = 0x2d;

export function createMatcher(packs: readonly Pack[]): Matcher {
  return createMatcherFrom(compilePacks(packs));
}

/**
 * The scan: at each position, walk the trie over folded units (folding is a
 * table read, inline) and collect every pattern that ends along the way; try
 * them longest first and keep the first one the guards accept, then go on
 * after it (leftmost-longest, non-overlapping). No allocation per unit.
 */
export function createMatcherFrom(compiled: CompiledMatcher): Matcher {
  const { trie, entityOf, flags, entityIds, entityTypes, contextAliases } = compiled;
  const guards = getGuards();
  const table = getFoldTable();
  const { root, pattern, first, count, units, next: nextNode } = trie;
  const candidateEnd = new Int32Array(trie.depth + 1);
  const candidatePattern = new Int32Array(trie.depth + 1);

  const accepts = (text: string, start: number, end: number, f: number): boolean => {
    const n = text.length;
    if (f & WORD_START && start > 0 && isWordUnit(table[text.charCodeAt(start - 1)] as number))
      return false;
    if (f & (END_LETTER | END_DIGIT) && end < n) {
      const next = table[text.charCodeAt(end)] as number;
      const after = end + 1 < n ? (table[text.charCodeAt(end + 1)] as number) : -1;
      // A hyphen joining more letters or digits makes another name (GPT-4o is not GPT).
      if (next === HYPHEN && isWordUnit(after)) return false;
      if (f & END_LETTER && isWordUnit(next) && !(next === LOWER_S && !isWordUnit(after)))
        return false;
      if (f & END_DIGIT && (isWordUnit(next) || (next === DOT && isDigitUnit(after)))) return false;
    }
    if (f & NAME_END && endsInsideWord(guards.common, table, text, end)) return false;
    return !(f & INSIDE && isInsideWord(guards.containing, table, text, start, end));
  };
  const GUARDED = WORD_START | END_LETTER | END_DIGIT | NAME_END | INSIDE;

  return {
    match(text: string): EntityMention[] {
      const out: EntityMention[] = [];
      const n = text.length;
      if (n === 0 || (compiled.needsNameUnit && !NAME_UNITS.test(text))) return out;
      let i = 0;
      while (i < n) {
        let node = root[table[text.charCodeAt(i)] as number] as number;
        if (node === 0) {
          i++;
          continue;
        }
        let found = 0;
        let j = i + 1;
        for (;;) {
          const p = pattern[node] as number;
          if (p >= 0) {
            candidateEnd[found] = j;
            candidatePattern[found++] = p;
          }
          if (j >= n) break;
          // The child by the next folded unit, inline (siblings are few).
          const u = table[text.charCodeAt(j)] as number;
          let e = first[node] as number;
          const last = e + (count[node] as number);
          if (last - e > 8) {
            node = childOf(trie, node, u);
          } else {
            while (e < last && units[e] !== u) e++;
            node = e < last ? (nextNode[e] as number) : -1;
          }
          if (node < 0) break;
          j++;
        }
        let next = i + 1;
        for (let k = found - 1; k >= 0; k--) {
          const end = candidateEnd[k] as number;
          const p = candidatePattern[k] as number;
          const f = flags[p] as number;
          if (f & GUARDED && !accepts(text, i, end, f)) continue;
          let ambiguous = (f & AMBIGUOUS) !== 0;
          if (!ambiguous && f & CONTEXT) {
            const context = guards.contexts.get(contextAliases.get(p) ?? '');
            ambiguous = context !== undefined && hasDoubtfulContext(context, table, text, i, end);
          }
          const entity = entityOf[p] as number;
          out.push({
            kind: 'entity',
            start: i,
            end,
            entityId: entityIds[entity] as string,
            entityType: entityTypes[entity] as EntityMention['entityType'],
            ambiguous,
          });
          next = end;
          break;
        }
        i = next;
      }
      return out;
    },
  };
}
