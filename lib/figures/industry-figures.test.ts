/**
 * The figure parser on the industry's own figures: parameters, tokens, chips and
 * compute, prices per token, growth and multiples, amounts in English, durations and
 * plan horizons, and the English counts its news uses.
 */
import { parseFigures } from './parse';
import { one, rows } from './test-figures';

describe('industry figures', () => {
  it.each([
    ['開源720億參數的版本', '720億', 72000000000, undefined],
    ['發佈了千億級參數的模型', '千億級', 1e11, 'about'],
    ['發佈Step-2萬億參數語言大模型', '萬億', 1e12, undefined],
    ['可支撐千億參數模型的訓練', '千億', 1e11, undefined],
    ['參數規模超過千億，', '千億', 1e11, 'gt'],
    ['旗艦模型總參數達4560億，', '4560億', 456000000000, undefined],
    ['每個token激活459億，', '459億', 45900000000, undefined],
    ['總參數3890億，', '3890億', 389000000000, undefined],
    ['开源了Kimi K2，总参数达1万亿，', '1万亿', 1e12, undefined],
    ['激活参数32B，主打代码', '32B', 32000000000, undefined],
    ['总参数671B，', '671B', 671000000000, undefined],
    ['预训练语料超过2万亿tokens。', '2万亿', 2e12, 'gt'],
    ['可以处理约125万tokens。', '125万', 1250000, 'about'],
    ['可處理多達400萬token的上下文', '400萬', 4000000, undefined],
    ['提供2200万免费tokens，', '2200万', 22000000, undefined],
    ['以超過20兆tokens預訓練', '20兆', 2e13, 'gt'],
    ['一次讀完20萬漢字', '20萬', 200000, undefined],
    ['训练只用了2048块Nvidia H800', '2048块', 2048, undefined],
    ['由384颗昇腾芯片组成', '384颗', 384, undefined],
    ['每个token激活37B，', '37B', 37000000000, undefined],
    ['单集群算力可达2000P Flops，', '2000P Flops', 2e18, undefined],
    ['智算規模已達29.2 EFLOPS，', '29.2 EFLOPS', 2.92e19, undefined],
    ['总计约278.8万GPU小时，', '278.8万', 2788000, 'about'],
  ])('%s', (text, surface, value, qualifier) => {
    const f = one(text);
    expect([f.text, f.kind, f.value, f.unit, f.qualifier]).toEqual([
      surface,
      'count',
      value,
      '',
      qualifier,
    ]);
  });

  it('reads a range of model sizes as one figure', () => {
    const f = one('覆盖0.5B到72B等多种尺寸');
    expect([f.text, f.kind, f.value, f.to, f.unit]).toEqual([
      '0.5B到72B',
      'count',
      5e8,
      7.2e10,
      '',
    ]);
  });

  it('leaves model names and bare letters alone', () => {
    expect(rows('开源推理模型QwQ-32B，Qwen-7B，32B，Baichuan-7B，3B和5B')).toEqual([]);
    expect(rows('每百万tokens的价格，千万不要，万一，通义千问')).toEqual([]);
  });

  it.each([
    ['定价为0.0008元/千tokens，', '0.0008元/千', 0.0008],
    ['降至0.02元/千tokens', '0.02元/千', 0.02],
    ['输入价格为每千tokens 0.003元，', '0.003元', 0.003],
    ['每百万输入tokens 2元、输出tokens 8元', '2元', 2],
  ])('prices per tokens: %s', (text, surface, value) => {
    const f = parseFigures(text)[0]!;
    expect([text.slice(f.start, f.end), f.kind, f.value, f.unit]).toEqual([
      surface,
      'amount',
      value,
      'CNY',
    ]);
  });

  it.each([
    ['收入按年增長２６％，', 'growth', 26, undefined, '２６％'],
    ['雲端收入年增19%', 'growth', 19, undefined, '19%'],
    ['資本開支按年大增逾兩倍', 'growth', 200, 'gt', '兩倍'],
    ['日均调用量一年间增长了33倍', 'growth', 3300, undefined, '33倍'],
    ['revenue was up 34% year on year', 'growth', 34, undefined, '34%'],
    ['Nvidia shares fell about 17%, wiping', 'growth', -17, 'about', '17%'],
    ['輝達股價單日重挫約17%', 'growth', -17, 'about', '17%'],
    ['股价次日下跌约9%', 'growth', -9, 'about', '9%'],
    ['降幅达97%', 'growth', -97, undefined, '97%'],
    ['比行业平均价格低99.3%', 'growth', -99.3, undefined, '99.3%'],
    ['最低5%的手續費', 'percent', 5, undefined, '5%'],
  ])('%s', (text, kind, value, qualifier, surface) => {
    const f = one(text);
    expect([f.text, f.kind, f.value, f.unit, f.qualifier]).toEqual([
      surface,
      kind,
      value,
      '%',
      qualifier,
    ]);
  });

  it.each([
    [
      'reported revenue of RMB39.8 billion for the quarter',
      'RMB39.8 billion',
      39800000000,
      'CNY',
      undefined,
    ],
    ['the RMB380 billion AI plan', 'RMB380 billion', 380000000000, 'CNY', undefined],
    ['wiping out about $600 billion', '$600 billion', 600000000000, 'USD', 'about'],
  ])('English amounts: %s', (text, surface, value, unit, qualifier) => {
    const f = one(text);
    expect([f.text, f.kind, f.value, f.unit, f.qualifier]).toEqual([
      surface,
      'amount',
      value,
      unit,
      qualifier,
    ]);
  });

  it('needs a growth word for a multiple, and a currency code for glued letters', () => {
    expect(rows('是對手的兩倍,GPT39.8 billion,xRMB39')).toEqual([]);
  });

  it('reads "a year", "a week", "a decade" as phrases, not durations', () => {
    expect(
      rows('一週前,同一周,一年之內,一年間,短短一週內,超過過去十年的總和,持續十年左右'),
    ).toEqual([]);
    // More than that, or hours, or other numerals, stay figures.
    expect(rows('十多年來,一年多,一小時,兩年內,24小时内').map((r) => r[0])).toEqual([
      '十多年',
      '一年',
      '一小時',
      '兩年',
      '24小时',
    ]);
  });

  it('reads 未來三年 as a plan horizon', () => {
    expect(one('阿里巴巴宣布未来三年将投入').value).toBe(3);
  });
});

describe('English counts of the industry', () => {
  it.each([
    ['more than 16 trillion tokens a day', '16 trillion', 16e12],
    ['a model with 671 billion parameters', '671 billion', 671e9],
  ])('%s', (text, span, value) => {
    const [f] = parseFigures(text);
    expect(f && text.slice(f.start, f.end)).toBe(span);
    expect(f).toMatchObject({ kind: 'count', value });
  });
  it('leaves other nouns alone', () => {
    expect(parseFigures('3 million dollars of snacks')).toEqual([]);
  });
});
