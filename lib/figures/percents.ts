/**
 * Percent figures (5%, 百分之五, 3個百分點) and multiples (增長了33倍): a level
 * or a change, as the growth words and signs around them say. A multiple is a
 * figure only after a growth word, and then a growth in percent (33倍 → 3300%).
 */
import * as context from './context';
import * as made from './new-figure';
import * as numbers from './numbers';
import type { NumberRead } from './numbers';
import type { Read } from './read-types';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const {
  englishGrowthBefore,
  growthAfter,
  growthBefore,
  qualifierAfter,
  qualifierBefore,
  signBefore,
} = context;
const { scale } = numbers;
const { NewFigure } = made;

/** 增長了33倍, 按年大增逾兩倍: growth in percent (3300%, 200%), only after a growth word. */
export function multipleFigure(
  text: string,
  i: number,
  end: number,
  n: NumberRead,
  more: boolean,
): Read {
  const dir = growthBefore(text, i);
  if (dir === 0) return { next: end };
  const q = qualifierBefore(text, i) ?? qualifierAfter(text, end) ?? (more ? 'gt' : undefined);
  const value = scale(n.value, 100) * dir;
  return { figure: new NewFigure(i, end, 'growth', value, '%', scale(n.step, 100), q), next: end };
}

export function percentFigure(
  text: string,
  start: number,
  end: number,
  n: NumberRead,
  factor: number,
  more: boolean,
  points = false,
): Read {
  const sign = signBefore(text, start);
  const numStart = sign !== 0 ? start - 1 : start;
  let dir: number = growthBefore(text, numStart);
  let spanEnd = end;
  if (dir === 0 && !points) dir = englishGrowthBefore(text, numStart); // up 34%, fell about 17%
  if (dir === 0 && !points) {
    const after = growthAfter(text, end);
    if (after !== undefined) {
      dir = after.sign;
      // Only a decline word carries the sign a reader needs to see (2%的負增長).
      if (after.sign < 0) spanEnd = after.end;
    }
  }
  if (dir === 0 && sign !== 0 && !points) dir = sign;
  const value = scale(n.value, factor) * (dir < 0 ? -1 : 1) * (sign < 0 && dir >= 0 ? -1 : 1);
  const kind = dir !== 0 && !points ? 'growth' : 'percent';
  const q =
    qualifierBefore(text, numStart) ?? qualifierAfter(text, end) ?? (more ? 'gt' : undefined);
  return { figure: new NewFigure(start, spanEnd, kind, value, '%', n.step, q), next: spanEnd };
}
