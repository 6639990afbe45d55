import { Converter } from 'opencc-js';
import { parseFigures } from './parse';
import type { ParsedFigure } from './types';
import { readSeed } from '../../tests/unit/seed-text';

const SEED = readSeed();

function surfaces(text: string, figures: ParsedFigure[]): string[] {
  return figures.map((f) => text.slice(f.start, f.end));
}

/** Full-width digits, %, . and , — the same length, as pages in the wild write them. */
function toFullWidth(text: string): string {
  return text.replace(/[0-9%.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('the seed article', () => {
  const figures = parseFigures(SEED);

  it('yields exactly the figures a reader would want highlighted', () => {
    expect(surfaces(SEED, figures)).toEqual([
      '12個月',
      '兩年',
      '十二小時',
      '19.4%',
      '243億美元',
      '236億美元',
      '21%',
      '29%',
      '2%的負增長',
      '4%',
      '5%',
      '15.2%',
      '兩個月',
    ]);
  });

  it('normalises each of them', () => {
    const byText = new Map(figures.map((f) => [SEED.slice(f.start, f.end), f]));
    expect(byText.get('19.4%')).toMatchObject({ kind: 'growth', value: 19.4, unit: '%' });
    expect(byText.get('243億美元')).toMatchObject({
      kind: 'amount',
      value: 24300000000,
      unit: 'USD',
    });
    expect(byText.get('236億美元')).toMatchObject({
      kind: 'amount',
      value: 23600000000,
      unit: 'USD',
    });
    expect(byText.get('21%')).toMatchObject({ kind: 'growth', value: 21 });
    expect(byText.get('29%')).toMatchObject({ kind: 'growth', value: 29 });
    expect(byText.get('2%的負增長')).toMatchObject({ kind: 'growth', value: -2, unit: '%' });
    expect(byText.get('4%')).toMatchObject({ kind: 'growth', value: 4, period: { quarter: 2 } });
    expect(byText.get('5%')).toMatchObject({ kind: 'growth', value: 5 });
    expect(byText.get('15.2%')).toMatchObject({ kind: 'growth', value: 15.2 });
    expect(byText.get('十二小時')).toMatchObject({
      kind: 'duration',
      value: 12,
      unit: 'h',
      qualifier: 'gt',
    });
    expect(byText.get('12個月')).toMatchObject({
      kind: 'duration',
      value: 12,
      unit: 'month',
      qualifier: 'lt',
    });
    expect(byText.get('兩年')).toMatchObject({ kind: 'duration', value: 2, unit: 'year' });
    expect(byText.get('兩年')?.qualifier).toBeUndefined();
    expect(byText.get('兩個月')).toMatchObject({ kind: 'duration', value: 2, unit: 'month' });
  });

  it('attaches the period stated earlier in the sentence', () => {
    const byText = new Map(figures.map((f) => [SEED.slice(f.start, f.end), f]));
    // 今年一季度,阿里雲營收破紀錄地出現了2%的負增長
    expect(byText.get('2%的負增長')?.period).toEqual({
      relative: 'this',
      relativeTo: 'year',
      quarter: 1,
    });
    // 微軟幾天前剛剛公佈了上個季度的財報,智能雲板塊該季度營收同比增長19.4%
    expect(byText.get('19.4%')?.period).toEqual({ relative: 'last', relativeTo: 'quarter' });
    // 該板塊中服務器產品和雲計算服務營收增長21%: no period in that sentence
    expect(byText.get('21%')?.period).toBeUndefined();
  });

  it('finds none of the dates, years, versions and ordinals', () => {
    const found = surfaces(SEED, figures);
    for (const not of [
      '21年',
      '22年',
      '10月',
      '31日',
      '710',
      '3.5',
      '4.0',
      '2.0',
      '第三次',
      '2023',
    ]) {
      expect(found.filter((s) => s.includes(not))).toEqual([]);
    }
    // 多少個9: the 9 is no figure (19.4% and 29% hold a 9 of their own).
    expect(found.filter((s) => s.includes('9'))).toEqual(['19.4%', '29%']);
  });

  it.each([
    ['Simplified', Converter({ from: 't', to: 'cn' })],
    ['Taiwan', Converter({ from: 't', to: 'tw' })],
    ['Hong Kong', Converter({ from: 't', to: 'hk' })],
  ])('gives the same figures in %s forms', (_name, convert) => {
    const variant = convert(SEED);
    expect(variant.length).toBe(SEED.length);
    expect(parseFigures(variant)).toEqual(figures);
  });

  it('gives the same figures with full-width digits and signs', () => {
    expect(parseFigures(toFullWidth(SEED))).toEqual(figures);
  });
});
