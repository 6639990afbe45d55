/**
 * Durations after a number (18個月, 兩年多, 3 hours), told apart from dates
 * (2023年, 5月31日) and set phrases (一年之內) by the words around them.
 */
import * as context from './context';
import * as fold from './fold';
import type { NumberRead } from './numbers';
import type { Unit } from './read-types';
import * as vocabulary from './vocabulary';

// Read once: as vitest runs the sources, each use of an imported binding is a look-up
// on the exporting module, and the parser calls these at every candidate number.
const { durationCueBefore } = context;
const { foldAt, isLetterCode, matchAny, matchAt } = fold;
const { DURATION_CUE_AFTER, DURATION_SUFFIX, ENGLISH_DURATION, MORE_MARKS, NOT_DURATION_AFTER } =
  vocabulary;

const CH_YUE = 0x6708; // 月
const DURATION_WORDS = DURATION_SUFFIX.map(([w]) => w);
const DURATION_OF = new Map(DURATION_SUFFIX.map((e) => [e[0], e]));

export function durationUnit(
  text: string,
  i: number,
  j: number,
  n: NumberRead,
  factor: number,
): Unit | null | undefined {
  if (factor !== 1) return undefined;
  const w = matchAny(text, j, DURATION_WORDS);
  const entry = w === undefined ? undefined : DURATION_OF.get(w);
  if (w !== undefined && entry !== undefined) {
    // Read by index: a pattern walks an iterator in code the engine has not optimised.
    const unit = entry[1];
    const f = entry[2];
    const needsCue = entry[3];
    const end = j + w.length;
    if ((w === '周' || w === '年') && matchAny(text, end, NOT_DURATION_AFTER) !== undefined) {
      return null;
    }
    const cueAfter = matchAny(text, end, DURATION_CUE_AFTER) !== undefined;
    const cued = durationCueBefore(text, i) || cueAfter;
    if (needsCue && !cued) return null; // 21年, 31日: dates
    if (w === '年' && n.intDigits === 4) return null; // 2023年 is a year even after 近
    if (w === '日' && foldAt(text, i - 1) === CH_YUE) return null;
    if (w === '天' && n.chinese && n.value === 1 && !cued) return null; // 總有一天
    const more = matchAny(text, end, MORE_MARKS) !== undefined;
    // 一年之內, 一週前, 過去十年: "a year", "a decade" — phrases, not figures.
    // (十多年, 一年多 say more than that; hours and minutes stay figures.)
    if (n.chinese && n.end === i + 1 && j === n.end && !more && unit !== 'h') {
      if (n.value === 1 || n.value === 10) return null;
    }
    return {
      kind: 'duration',
      unit,
      factor: f,
      end,
      ...(more ? { qualifier: 'gt' as const } : {}),
    };
  }
  const k = foldAt(text, j) === 0x20 ? j + 1 : j;
  if (!n.chinese && k > j) {
    // Indexed, no destructuring: in code the engine has not optimised, a pattern walks
    // an iterator, made per entry.
    for (let t = 0; t < ENGLISH_DURATION.length; t++) {
      const w = ENGLISH_DURATION[t]![0];
      if (matchAt(text, k, w) && !isLetterCode(foldAt(text, k + w.length))) {
        return { kind: 'duration', unit: ENGLISH_DURATION[t]![1], factor: 1, end: k + w.length };
      }
    }
  }
  return undefined;
}
