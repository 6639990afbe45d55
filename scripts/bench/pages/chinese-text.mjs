// Chinese sentences for the generated news pages: the seed article's sentences and
// filler sentences in the same domain, each in three forms — OpenCC-standard
// Traditional (as the seed is written), Simplified (t→cn) and Taiwan (t→tw).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED_PATH = resolve(ROOT, 'tests/fixtures/seed/000_d03440ed709a88e5.txt');

/** @typedef {'t' | 'cn' | 'tw'} Form */
export const FORMS = /** @type {const} */ (['t', 'cn', 'tw']);

// Filler in the seed's domain, written in OpenCC-standard Traditional: who says it,
// how, and what, so thousands of sentences are not one sentence repeated.
const SPEAKERS = [
  '業內人士',
  '多位分析師',
  '一家券商的研究報告',
  '不少中小企業的技術負責人',
  '一位接近監管部門的人士',
  '行業協會的年度報告',
  '開發者社區的調查',
  '一位不願具名的雲服務銷售',
];
const VERBS = ['認爲', '指出', '預計', '表示', '提醒', '坦言'];
const CLAIMS = [
  '今年下半年的數據中心建設仍將保持較快節奏',
  '算力價格在過去一年裡下降了將近三成',
  '企業上雲的步伐正在從互聯網行業擴展到製造業和金融業',
  '開源模型的出現讓更多團隊可以低成本地嘗試',
  '價格戰短期內難以結束',
  '行業整合可能在明年加速',
  '芯片供應仍然是最大的不確定因素',
  '客戶更看重穩定性而不是參數規模',
  '政企市場的訂單週期普遍拉長',
  '海外業務將是下一階段的增長來源',
  '大模型的商業化仍處在早期',
  '數據安全合規的要求正在變得更嚴格',
];
const FIGURES = [
  (r) => `該公司第${r.int(1, 4)}季度營收達到${r.int(12, 980)}億元，同比增長${r.int(1, 60)}%。`,
  (r) => `報告期內經調整利潤爲${r.int(3, 90)}.${r.int(1, 9)}億元，同比下降${r.int(1, 30)}%。`,
  (r) => `其雲業務收入佔比升至${r.int(5, 45)}%，客戶數超過${r.int(2, 90)}萬家。`,
  (r) => `新建的數據中心預計投資${r.int(20, 300)}億元，將在${r.int(2, 5)}年內完工。`,
];

/** @param {string} text @returns {string[]} */
function splitSentences(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.match(/[^。！？]+[。！？]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 6);
}

/**
 * The three forms of every seed sentence, built once.
 * @returns {{ sentences: Record<Form, string[]>, convert: Record<Form, (text: string) => string> }}
 */
export function loadChineseText() {
  const seed = splitSentences(readFileSync(SEED_PATH, 'utf8'));
  const convert = {
    t: (text) => text,
    cn: OpenCC.Converter({ from: 't', to: 'cn' }),
    tw: OpenCC.Converter({ from: 't', to: 'tw' }),
  };
  const sentences = { t: seed, cn: seed.map(convert.cn), tw: seed.map(convert.tw) };
  return { sentences, convert };
}

/**
 * One filler sentence in OpenCC-standard Traditional.
 * @param {ReturnType<typeof import('./prng.mjs').createRandom>} random
 */
export function fillerSentence(random) {
  if (random.chance(0.3)) return random.pick(FIGURES)(random);
  return `${random.pick(SPEAKERS)}${random.pick(VERBS)}，${random.pick(CLAIMS)}。`;
}

/** Short headings and link texts for sidebars and navigation. */
export const CHINESE_LABELS = {
  nav: ['科技', '財經', '雲計算', '人工智能', '公司', '觀點', '數據'],
  sections: ['要聞', '深度', '快訊', '評論', '財報解讀', '行業觀察'],
  sidebar: '相關閱讀',
  tableHead: ['公司', '季度', '營收（億元）', '同比'],
  footer: '本頁由基準測試生成，內容取自種子文章並混入填充句子，僅用於性能測量。',
  site: '深渡',
};
