import fc from 'fast-check';
import { mayStartFigure, nextFigureStart, plainNumeralsEnd } from './candidates';
import { parseFigures, readFigureAt } from './parse';
import type { ParsedFigure } from './types';
import { COUNTERS } from './count-words';
import {
  CURRENCY_SUFFIX,
  DURATION_SUFFIX,
  MORE_MARKS,
  PERCENT_POINTS,
  PERIOD_AFTER_NUMBER,
} from './vocabulary';

/** Pieces that make and unmake figures, in both scripts (the parser folds Traditional). */
const PIECES = [
  ...'零〇一二兩两三四五六七八九十百千萬万億亿兆0123456789０１２３４５６７８９',
  ...'分之第週周月日年天個个的,.，。．、 %％$¥幣元多余餘統星期-+bBkK',
  ...CURRENCY_SUFFIX.map(([w]) => w),
  ...DURATION_SUFFIX.map(([w]) => w),
  ...PERCENT_POINTS,
  ...COUNTERS,
  ...PERIOD_AFTER_NUMBER,
  ...MORE_MARKS,
  '百分之',
  '人民幣',
  'US$',
  'RMB',
  '星期',
  '禮拜',
  '增長',
  '負增長',
  '超過',
  '左右',
  'billion',
  ' hours',
];

/** What the parser finds when it reads at every place a figure may start, passing over no number. */
function readingEverywhere(t: string): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  let lastEnd = 0;
  for (let i = 0; i < t.length;) {
    if (!mayStartFigure(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const r = readFigureAt(t, i);
    const f = r.figure;
    if (f !== undefined && f.start >= lastEnd && f.end > f.start && f.end <= t.length) {
      out.push(f);
      lastEnd = f.end;
    }
    i = Math.max(r.next, i + 1);
  }
  return out;
}

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));

describe('where a figure can be', () => {
  it('never passes over a figure: no read at a skipped position finds one', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) {
          if (!mayStartFigure(t.charCodeAt(i))) {
            expect(readFigureAt(t, i).figure).toBeUndefined();
            continue;
          }
          const end = plainNumeralsEnd(t, i);
          for (let p = i; p < end; p++) expect(readFigureAt(t, p).figure).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what reading at every possible start finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(parseFigures(t, { periods: false })).toEqual(readingEverywhere(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the next place a figure can start: the first code unit that may start one', () => {
    fc.assert(
      fc.property(text, fc.nat(30), (t, from) => {
        let i = from;
        while (i < t.length && !mayStartFigure(t.charCodeAt(i))) i++;
        expect(nextFigureStart(t, from, t.length)).toBe(Math.max(from, Math.min(i, t.length)));
      }),
      { numRuns: 1000 },
    );
    expect(nextFigureStart('營收276億', 0, 2)).toBe(2);
  });

  it('passes over plain numerals and keeps Chinese figures', () => {
    expect(plainNumeralsEnd('統一的', 1)).toBe(2);
    expect(plainNumeralsEnd('一一二三的', 0)).toBe(4);
    expect(plainNumeralsEnd('三千五百萬人次', 0)).toBe(0); // 萬 then 人: a counter may follow
    expect(plainNumeralsEnd('十二分鐘', 0)).toBe(0);
    expect(plainNumeralsEnd('十二分', 0)).toBe(2); // no unit word: 分 begins 分鐘
    expect(plainNumeralsEnd('一百分之五', 0)).toBe(0);
    expect(plainNumeralsEnd('人民幣一百億', 3)).toBe(3);
    expect(plainNumeralsEnd('三次浪潮', 0)).toBe(1); // below 100: no count
    expect(plainNumeralsEnd('三百次', 0)).toBe(0);
    expect(plainNumeralsEnd('一個月', 0)).toBe(0); // 個 also starts 個月
    expect(plainNumeralsEnd('一個事實', 0)).toBe(1);
    expect(plainNumeralsEnd('2023的', 0)).toBe(4);
    expect(plainNumeralsEnd('1,234.5。', 0)).toBe(7);
    expect(plainNumeralsEnd('3.5%', 0)).toBe(0);
    expect(plainNumeralsEnd('US$5。', 3)).toBe(3);
    const figures = (s: string) => parseFigures(s).map((f) => s.slice(f.start, f.end));
    expect(figures('統一的一個十多年來,宕機十二小時,兩個月,百分之五')).toEqual([
      '十多年',
      '十二小時',
      '兩個月',
      '百分之五',
    ]);
  });
});
