/**
 * The figure parser on general text: numbers, currencies, percentages and growth,
 * durations, periods, counts, and text that must not break it.
 */
import { parseFigures } from './parse';
import { attachStatedPeriod } from './period';
import { one, rows } from './test-figures';

describe('numbers', () => {
  it.each([
    ['營收1,234美元', 1234],
    ['營收1，234美元', 1234],
    ['營收１２３４．５美元', 1234.5],
    ['營收12,345,678元', 12345678],
    ['营收243亿美元', 24300000000],
    ['营收1.5万亿元', 1.5e12],
    ['營收3千萬美元', 3e7],
    ['營收5百萬港元', 5e6],
    ['營收三千五百萬元', 35000000],
    ['營收一百二十三億元', 12300000000],
    ['營收二十億元', 2000000000],
    ['營收一百零五萬元', 1050000],
    ['營收兩萬億元', 2e12],
    ['營收一億二千萬元', 120000000],
    ['營收1兆新台幣', 1e12],
  ])('%s → %d', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('reads Chinese numerals before units (十二, 兩, 〇)', () => {
    expect(one('宕機超過十二小時').value).toBe(12);
    expect(one('用了兩天').value).toBe(2);
    expect(one('過去二十年間').value).toBe(20);
    expect(one('增長了百分之二十').value).toBe(20);
    expect(one('相差一〇〇億元').value).toBe(1e10);
  });

  it('keeps the digits shown as the step, for rounding', () => {
    expect(one('243億美元').step).toBe(1e8);
    expect(one('增長19.4%').step).toBe(0.1);
    expect(one('1.5萬億元').step).toBe(1e11);
  });
});

describe('currencies', () => {
  it.each([
    ['243億美元', 'USD', '243億美元'],
    ['收入US$24.3 billion。', 'USD', 'US$24.3 billion'],
    ['收入US$24.3bn。', 'USD', 'US$24.3bn'],
    ['收入$500m。', 'USD', '$500m'],
    ['收入24.3 billion USD。', 'USD', '24.3 billion USD'],
    ['收入100億人民幣', 'CNY', '100億人民幣'],
    ['收入100亿元人民币', 'CNY', '100亿元人民币'],
    ['收入RMB 100', 'CNY', 'RMB 100'],
    ['收入人民幣100億元', 'CNY', '人民幣100億元'],
    ['收入50億元', 'CNY', '50億元'],
    ['收入50億港元', 'HKD', '50億港元'],
    ['收入50億港幣', 'HKD', '50億港幣'],
    ['收入HK$50', 'HKD', 'HK$50'],
    ['收入50億新台幣', 'TWD', '50億新台幣'],
    ['收入50億新臺幣', 'TWD', '50億新臺幣'],
    ['收入NT$50', 'TWD', 'NT$50'],
  ])('%s → %s', (text, unit, surface) => {
    const f = one(text);
    expect([f.kind, f.unit, f.text]).toEqual(['amount', unit, surface]);
  });

  it('does not read other currencies or 元-words as yuan', () => {
    expect(rows('收入100日元,50歐元,A$30,元宇宙,二元對立,3元素')).toEqual([]);
  });
});

describe('percentages and growth', () => {
  it.each([
    ['營收同比增長19.4%', 'growth', 19.4, '19.4%'],
    ['营收同比增长19.4%', 'growth', 19.4, '19.4%'],
    ['實現19.4%的增長', 'growth', 19.4, '19.4%'],
    ['業務線雖然增長了15.2%', 'growth', 15.2, '15.2%'],
    ['營收增長共29%', 'growth', 29, '29%'],
    ['出現了2%的負增長', 'growth', -2, '2%的負增長'],
    ['出现了2%的负增长', 'growth', -2, '2%的负增长'],
    ['營收下降3%', 'growth', -3, '3%'],
    ['營收下滑3%', 'growth', -3, '3%'],
    ['利潤減少3%', 'growth', -3, '3%'],
    ['負增長2%', 'growth', -2, '2%'],
    ['4%的實際增速', 'growth', 4, '4%'],
    ['增速爲5%', 'growth', 5, '5%'],
    ['增幅達12%', 'growth', 12, '12%'],
    ['同比增長百分之十五', 'growth', 15, '百分之十五'],
    ['市佔率爲34%', 'percent', 34, '34%'],
    ['市佔率爲34％', 'percent', 34, '34％'],
    ['市佔率百分之15.2', 'percent', 15.2, '百分之15.2'],
    ['毛利率提升了3個百分點', 'percent', 3, '3個百分點'],
    ['毛利率下降了3个百分点', 'percent', -3, '3个百分点'],
    ['營收+19.4%', 'growth', 19.4, '19.4%'],
    ['營收−2%', 'growth', -2, '2%'],
  ])('%s', (text, kind, value, surface) => {
    const f = one(text);
    expect([f.kind, f.value, f.unit, f.text]).toEqual([kind, value, '%', surface]);
  });

  it('reads 增長至 as a level, not a change', () => {
    expect(one('份額增長至30%').kind).toBe('percent');
  });
});

describe('durations', () => {
  it.each([
    ['宕機時間超過十二小時', 12, 'h', 'gt'],
    ['宕机时间超过十二小时', 12, 'h', 'gt'],
    ['未來12個月內完成分拆', 12, 'month', 'lt'],
    ['未来12个月内完成分拆', 12, 'month', 'lt'],
    ['行業已經持續兩年的調整期', 2, 'year', undefined],
    ['兩年來一直虧損', 2, 'year', undefined],
    ['兩年內上市', 2, 'year', 'lt'],
    ['過去兩年', 2, 'year', undefined],
    ['等了兩年多', 2, 'year', 'gt'],
    ['近兩年', 2, 'year', undefined],
    ['這50年間', 50, 'year', undefined],
    ['在過去兩個月裡', 2, 'month', undefined],
    ['在過去兩個月裏', 2, 'month', undefined],
    ['停了3天', 3, 'd', undefined],
    ['連續5日', 5, 'd', undefined],
    ['兩週後', 14, 'd', undefined],
    ['約兩個星期', 14, 'd', 'about'],
    ['等了30分鐘', 0.5, 'h', undefined],
    ['大約3個小時左右', 3, 'h', 'about'],
    ['lasted 12 hours', 12, 'h', undefined],
  ])('%s', (text, value, unit, qualifier) => {
    const f = one(text);
    expect([f.kind, f.value, f.unit, f.qualifier]).toEqual(['duration', value, unit, qualifier]);
  });

  it('reads 年 and 日 without a duration cue as dates', () => {
    expect(rows('比如21年的倚天710或者22年基於飛天的架構')).toEqual([]);
    expect(rows('10月31日雲棲大會開幕,2023年,二〇二三年,兩年前')).toEqual([]);
    expect(rows('成立三週年,總有一天,九月份,週一')).toEqual([]);
  });
});

describe('periods', () => {
  it.each([
    ['今年一季度,阿里雲營收出現了2%的負增長', { relative: 'this', relativeTo: 'year', quarter: 1 }],
    ['而二季度的財報裡,但4%的實際增速', { quarter: 2 }],
    ['而第二季度營收增長4%', { quarter: 2 }],
    ['第二季營收增長4%', { quarter: 2 }],
    ['Q3營收增長4%', { quarter: 3 }],
    ['上季度營收增長4%', { relative: 'last', relativeTo: 'quarter' }],
    ['2023年第二季度營收增長4%', { year: 2023, quarter: 2 }],
    ['2024財年營收增長4%', { year: 2024, fiscal: true }],
    ['FY2024營收增長4%', { year: 2024, fiscal: true }],
    ['財年第一季度營收增長4%', { fiscal: true, quarter: 1 }],
    ['去年下半年營收增長4%', { relative: 'last', relativeTo: 'year', half: 2 }],
  ])('%s', (text, period) => {
    expect(one(text).period).toEqual(period);
  });

  it('leaves them to attachStatedPeriod on request, which finds the same', () => {
    const text = '今年一季度,阿里雲營收出現了2%的負增長,而二季度服務超過3000家企業,宕機十二小時';
    const withPeriods = parseFigures(text);
    const without = parseFigures(text, { periods: false });
    expect(without.map((f) => f.period)).toEqual([undefined, undefined, undefined]);
    for (const f of without) attachStatedPeriod(text, f);
    expect(without).toEqual(withPeriods);
    // A duration lasts; it has no period of its own.
    expect(withPeriods.map((f) => f.period === undefined)).toEqual([false, false, true]);
  });

  it('stops at the end of the sentence and never returns periods as figures', () => {
    expect(one('今年一季度表現一般。營收增長4%').period).toBeUndefined();
    expect(rows('今年一季度、第二季、Q3、2024財年、FY2024')).toEqual([]);
  });
});

describe('counts', () => {
  it('reads large quantities with a counter', () => {
    expect(rows('服務超過3000家企業')).toEqual([['3000家', 'count', 3000, '']]);
    expect(rows('擁有1億用戶')).toEqual([['1億用戶', 'count', 1e8, '']]);
  });

  it('leaves ordinary counts, ordinals, versions and codes alone', () => {
    expect(
      rows(
        '第三次浪潮,兩個方面,一張照片,多少個9,2B和2G,1+6+N,GPT3.5,文心一言4.0,通義千問2.0,倚天710,百度',
      ),
    ).toEqual([]);
  });
});

describe('robustness', () => {
  it('returns nothing quickly for text without numerals', () => {
    expect(parseFigures('')).toEqual([]);
    expect(parseFigures('熱鬧的雲棲大會,靜悄悄的吳泳銘')).toEqual([]);
  });

  it('gives the same offsets in OpenCC, Taiwan, Hong Kong and Simplified forms', () => {
    const forms = [
      '營收同比增長19.4%至243億美元',
      '營收同比增長19.4%至243億美元',
      '营收同比增长19.4%至243亿美元',
    ];
    const results = forms.map((t) => parseFigures(t));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('shape', () => {
  it('gives every figure the same fields in the same order, whatever it holds', () => {
    // Amounts, a range, qualifiers, percents, a multiple, a bare magnitude, a stated period:
    // one shape for all, so code that reads figures stays optimised (see new-figure.ts).
    const text =
      '今年一季度營收增長2%,約243億美元;超過十二小時;參數從0.5B到72B;增長了33倍;' +
      '佔比百分之二十;千億級參數;服務超過3000家企業';
    const figures = parseFigures(text);
    expect(figures.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['growth', 'amount', 'duration', 'count', 'percent']),
    );
    expect(figures.some((f) => f.to !== undefined)).toBe(true);
    expect(figures.some((f) => f.qualifier !== undefined)).toBe(true);
    expect(figures.some((f) => f.period !== undefined)).toBe(true);
    const shapes = new Set(figures.map((f) => Object.keys(f).join()));
    expect([...shapes]).toEqual(['start,end,kind,value,unit,to,qualifier,period,step']);
  });
});
