/**
 * The words that make a number a count: counters (3000家企業), the nouns a
 * model's size or a text's length is counted in (720億參數, 2萬億tokens),
 * letter magnitudes (671B) and compute units (2000P Flops). Kept apart from
 * `vocabulary.ts` because only the count readers (`counts.ts`) and the
 * candidate filter use them. Folded form, like every list in `vocabulary.ts`.
 */
import type { Qualifier } from './vocabulary';

/** Counters that make a large number a quantity worth showing (3000家企業). */
export const COUNTERS = [
  '用户',
  '家',
  '名',
  '位',
  '个',
  '款',
  '台',
  '人',
  '户',
  '件',
  '辆',
  '部',
  '块',
  '颗',
  '张',
  '次',
  '笔',
];

/** Counters no year is written with: 2048塊 is GPUs, not the year 2048. */
export const NOT_YEAR_COUNTERS = ['块', '颗', '张', '次', '笔'];

/** 100塊錢 is money, not a count. */
export const NOT_COUNT_AFTER = ['钱'];

/**
 * Nouns a model's size or a text's length is counted in (720億參數, 2萬億tokens,
 * 200萬字): a count whatever the number's size, once it has a magnitude.
 * [word, qualifier it implies] — 千億級參數 is "of the order of".
 */
export const COUNT_NOUNS: readonly (readonly [string, Qualifier | undefined])[] = [
  ['级参数', 'about'],
  ['参数', undefined],
  ['免费tokens', undefined],
  ['tokens', undefined],
  ['token', undefined],
  [' tokens', undefined],
  [' token', undefined],
  [' parameters', undefined],
  ['汉字', undefined],
  ['字', undefined],
];

/** Before a number (over fillers): what it counts (總參數達4560億, 每個token激活37B). */
export const COUNT_NOUN_BEFORE = ['参数', '激活', 'tokens', 'token', '用户'];

/** Between a counted noun and its number: 總參數達, 參數規模超過, tokens使用量已超過. */
export const COUNT_FILLERS = [
  '规模',
  '使用量',
  '调用量',
  '量',
  '突破',
  '已达到',
  '达到',
  '已达',
  '已经',
  '高达',
  '多达',
  '超过',
  '约为',
  '已',
  '达',
  '为',
  '约',
  '近',
  '逾',
  '超',
  '了',
  ' ',
];

/** Letter magnitudes of model sizes (671B, 32K), read only with a counted noun or range. */
export const LETTER_MAGNITUDE: readonly (readonly [string, number])[] = [
  ['t', 1e12],
  ['b', 1e9],
  ['m', 1e6],
  ['k', 1e3],
];

/** Compute after a number (an optional space before): 2000P Flops, 29.2 EFLOPS → FLOPS. */
export const FLOPS_UNITS: readonly (readonly [string, number])[] = [
  ['eflops', 1e18],
  ['e flops', 1e18],
  ['pflops', 1e15],
  ['p flops', 1e15],
  ['tflops', 1e12],
  ['t flops', 1e12],
  ['flops', 1],
];

/** Compute time: 278.8萬GPU小時 (a count of GPU hours, not a duration). */
export const GPU_HOURS = ['gpu小时', ' gpu小时', 'gpu hours', ' gpu hours', '卡时'];

/** A price per tokens after the amount: 0.0008元/千tokens. Magnitudes between are read. */
export const PER_TOKENS = ['tokens', 'token', '个tokens', '个token'];
