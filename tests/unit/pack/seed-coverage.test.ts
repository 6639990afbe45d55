import * as OpenCC from 'opencc-js';
import { getBuiltinWholePacks } from '../../../lib/pack/builtin-whole';
import type { Pack } from '../../../lib/pack/types';
import { readSeed } from '../seed-text';

/**
 * Every person, company, product, event, concept, place and figure of the
 * seed article must be in the seed pack. The lists below are the article's
 * own surface strings, written by hand from reading it; each must occur in
 * the article (so a typo here fails too) and be covered by the pack.
 */

const pack: Pack = getBuiltinWholePacks()[0]!;
const article = readSeed();
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const fold = (text: string) => t2s(text.normalize('NFKC').toLowerCase());

/** Surface string in the article → the entity it names. */
const MENTIONS: [string, string][] = [
  ['吳泳銘', 'wu-yongming'],
  ['蔡崇信', 'joe-tsai'],
  ['王堅', 'wang-jian'],
  ['阿里雲之父', 'wang-jian'],
  ['周靖人', 'zhou-jingren'],
  ['張勇', 'daniel-zhang'],
  ['張建鋒', 'zhang-jianfeng'],
  ['李彥宏', 'robin-li'],
  ['王小川', 'wang-xiaochuan'],
  ['阿里巴巴集團', 'alibaba-group'],
  ['阿里巴巴', 'alibaba-group'],
  ['阿里', 'alibaba-group'],
  ['阿里雲', 'alibaba-cloud'],
  ['微軟', 'microsoft'],
  ['智能雲', 'microsoft-intelligent-cloud'],
  ['Azure', 'azure'],
  ['彭博', 'bloomberg'],
  ['百度', 'baidu'],
  ['百度雲', 'baidu-ai-cloud'],
  ['騰訊', 'tencent'],
  ['金融科技和企服', 'tencent-fbs'],
  ['FBS', 'tencent-fbs'],
  ['華爲', 'huawei'],
  ['運營商雲', 'carrier-clouds'],
  ['達摩院', 'damo-academy'],
  ['達摩院XR實驗室', 'damo-xr-lab'],
  ['深渡', 'shendu'],
  ['倚天710', 'yitian-710'],
  ['飛天', 'apsara'],
  ['CIPU', 'cipu'],
  ['無影雲電腦', 'wuying'],
  ['大明宮數字復原', 'daming-palace-restoration'],
  ['國產大飛機模擬飛行艙', 'airliner-flight-simulator'],
  ['通義千問', 'qwen'],
  ['通義千問2.0', 'qwen-2'],
  ['文心一言', 'ernie-bot'],
  ['Ernie Bot', 'ernie-bot'],
  ['文心一言4.0', 'ernie-bot-4'],
  ['文心千帆', 'qianfan'],
  ['PAI靈駿', 'pai-lingjun'],
  ['PAI靈積', 'pai-lingji'],
  ['阿里雲百鍊', 'bailian'],
  ['魔搭', 'modelscope'],
  ['ModelScope', 'modelscope'],
  ['ChatGPT', 'chatgpt'],
  ['GPT', 'gpt'],
  ['GPT3.5', 'gpt-3-5'],
  ['GPT4.0', 'gpt-4'],
  ['微信支付', 'wechat-pay'],
  ['雲棲大會', 'yunqi-conference'],
  ['世界大會', 'baidu-world'],
  ['1+6+N', 'alibaba-restructuring'],
  ['分拆上市', 'alibaba-cloud-spin-off'],
  ['獨立上市', 'alibaba-cloud-spin-off'],
  ['模型即服務', 'maas'],
  ['MaaS', 'maas'],
  ['第三次浪潮', 'cloud-third-wave'],
  ['生成式AI', 'generative-ai'],
  ['大模型', 'large-models'],
  ['雲計算', 'cloud-computing'],
  ['人工智能', 'artificial-intelligence'],
  ['算力', 'computing-power'],
  ['數字化改造', 'digital-transformation'],
  ['政企市場', 'gov-enterprise-market'],
  ['2B', 'gov-enterprise-market'],
  ['2G', 'gov-enterprise-market'],
  ['香港', 'hong-kong'],
  ['雲棲小鎮', 'yunqi-town'],
];

/** Events the article names by description rather than by name: a phrase of the article → entity. */
const DESCRIBED_EVENTS: [string, string][] = [
  ['21年的倚天710', 'yunqi-2021'],
  ['有媒體評價2022是最“寡淡”的一屆雲棲大會', 'yunqi-2022'],
  ['10月31日雲棲大會開幕', 'yunqi-2023'],
  ['阿里雲香港的宕機事件', 'alibaba-cloud-hk-outage'],
  ['微軟幾天前剛剛公佈了上個季度的財報', 'microsoft-fy24-q1-earnings'],
];

/** Surface string of a figure → its normalised value and unit. */
const FIGURES: [string, number, string][] = [
  ['19.4%', 19.4, '%'],
  ['243億美元', 24300000000, 'USD'],
  ['236億美元', 23600000000, 'USD'],
  ['服務器產品和雲計算服務營收增長21%', 21, '%'],
  ['營收增長共29%', 29, '%'],
  ['2%的負增長', -2, '%'],
  ['4%的實際增速', 4, '%'],
  ['5%的增速', 5, '%'],
  ['15.2%', 15.2, '%'],
  ['12個月內', 12, 'month'],
];

function namesOf(id: string): string[] {
  const entity = pack.entities.find((e) => e.id === id);
  if (!entity) return [];
  return [...Object.values(entity.names), ...entity.aliases.map((a) => a.text)];
}

test('the seed article is there to check against', () => {
  expect(article.length).toBeGreaterThan(3000);
});

test.each(MENTIONS)('%s is in the article and names %s in the pack', (text, id) => {
  expect(article).toContain(text);
  expect(namesOf(id).map(fold)).toContain(fold(text));
});

test.each(DESCRIBED_EVENTS)('the article describes %s, which is %s in the pack', (phrase, id) => {
  expect(article).toContain(phrase);
  expect(pack.entities.find((e) => e.id === id)?.type).toBe('event');
});

test.each(FIGURES)('%s is in the article and is a figure of the pack', (text, value, unit) => {
  expect(article).toContain(text);
  const known = pack.figures.flatMap((f) => [
    { value: f.value, unit: f.unit },
    ...(f.change ? [{ value: f.change.value, unit: f.change.unit }] : []),
    ...(f.comparedWith ?? []).map((c) => ({ value: c.value, unit: c.unit })),
  ]);
  expect(known).toContainEqual({ value, unit });
});

test('what the pack leaves out of the article is left out on purpose', () => {
  // AI alone is lit nowhere: every reader of this news knows it, and it is on every line.
  expect(article).toMatch(/\bAI\b/);
  expect(namesOf('artificial-intelligence')).not.toContain('AI');
  // The outage's length: the article's "over twelve hours" and the reports of up to a
  // day disagree, so the pack keeps the reports as the outage's facts, not as a figure.
  expect(article).toContain('超過十二小時');
  expect(pack.figures.filter((f) => f.entity === 'alibaba-cloud-hk-outage')).toEqual([]);
});
