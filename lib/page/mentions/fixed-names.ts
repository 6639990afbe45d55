/**
 * A stand-in for matching in tests: finds fixed strings, leftmost-longest,
 * non-overlapping. Figures are given with the type `figure`.
 */
import type { EntityType, FindMentions, Mention } from './types';

export interface FixedName {
  type: EntityType | 'figure';
  id?: string;
  ambiguous?: boolean;
}

export function findFixedNames(
  names: Record<string, FixedName>,
): FindMentions & { calls: string[] } {
  const list = Object.keys(names).sort((a, b) => b.length - a.length);
  const calls: string[] = [];
  const find = (text: string): Mention[] => {
    calls.push(text);
    const out: Mention[] = [];
    for (let i = 0; i < text.length;) {
      const name = list.find((n) => text.startsWith(n, i));
      if (!name) {
        i++;
        continue;
      }
      const spec = names[name]!;
      const end = i + name.length;
      if (spec.type === 'figure') {
        out.push({
          kind: 'figure',
          start: i,
          end,
          figure: { start: i, end, kind: 'amount', value: 1, unit: 'CNY' },
        });
      } else {
        out.push({
          kind: 'entity',
          start: i,
          end,
          entityId: spec.id ?? name,
          entityType: spec.type,
          ambiguous: spec.ambiguous ?? false,
        });
      }
      i = end;
    }
    return out;
  };
  return Object.assign(find, { calls });
}
