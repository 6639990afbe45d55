/**
 * The parser's words, in folded form (Simplified, half-width, lower case):
 * `fold.ts` maps Traditional, Taiwan and Hong Kong forms onto these. Lists
 * that can overlap put the longer word first.
 *
 * This file holds the words for money, durations, percent points and the
 * qualifiers (超過, 左右) any figure may carry; growth words are in
 * `growth-words.ts`, the words of counts, sizes and compute in `count-words.ts`.
 */
import type { FigureUnit } from '../pack/types';

type Currency = Exclude<FigureUnit, '%' | 'h' | 'd' | 'month' | 'year' | ''>;

/** After the number: 243億美元, 100元人民幣. */
export const CURRENCY_SUFFIX: readonly (readonly [string, Currency | null])[] = [
  // Currencies we have no unit for: never read them as 元 = CNY.
  ['新加坡元', null],
  ['日元', null],
  ['欧元', null],
  ['韩元', null],
  ['澳元', null],
  ['加元', null],
  ['英镑', null],
  ['卢布', null],
  ['元人民币', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
  ['元', 'CNY'],
];

/** 元 that starts another word: 元宇宙, 元素, 二元化, 元月. */
export const NOT_YUAN_AFTER = ['宇', '素', '化', '组', '年', '月', '老', '旦', '首', '气'];

/** After the number and a space: 24.3 billion USD. Need a letter boundary. */
export const CURRENCY_CODE_SUFFIX: readonly (readonly [string, Currency])[] = [
  ['usd', 'USD'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['hkd', 'HKD'],
  ['twd', 'TWD'],
  ['ntd', 'TWD'],
];

/** Before the number (an optional space between): US$24.3 billion, 人民幣100億元. */
export const CURRENCY_PREFIX: readonly (readonly [string, Currency])[] = [
  ['us$', 'USD'],
  ['hk$', 'HKD'],
  ['nt$', 'TWD'],
  ['usd', 'USD'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['hkd', 'HKD'],
  ['twd', 'TWD'],
  ['ntd', 'TWD'],
  ['人民币', 'CNY'],
  ['$', 'USD'],
  ['¥', 'CNY'],
];

/** English magnitudes; the short ones count only after a currency prefix. */
export const ENGLISH_MAGNITUDE: readonly (readonly [string, number, boolean])[] = [
  ['trillion', 1e12, false],
  ['billion', 1e9, false],
  ['million', 1e6, false],
  ['thousand', 1e3, false],
  ['tn', 1e12, true],
  ['bn', 1e9, true],
  ['mn', 1e6, true],
  ['b', 1e9, true],
  ['m', 1e6, true],
  ['k', 1e3, true],
];

export type DurationUnit = 'h' | 'd' | 'month' | 'year';

/** [word, unit, factor, needs a duration cue]. 日 and 年 are dates unless cued. */
export const DURATION_SUFFIX: readonly (readonly [string, DurationUnit, number, boolean])[] = [
  ['个小时', 'h', 1, false],
  ['小时', 'h', 1, false],
  ['个钟头', 'h', 1, false],
  ['钟头', 'h', 1, false],
  ['分钟', 'h', 1 / 60, false],
  ['个星期', 'd', 7, false],
  ['星期', 'd', 7, false],
  ['个礼拜', 'd', 7, false],
  ['周', 'd', 7, false],
  ['个月', 'month', 1, false],
  ['天', 'd', 1, false],
  ['日', 'd', 1, true],
  ['年', 'year', 1, true],
];

/** English durations after a space. */
export const ENGLISH_DURATION: readonly (readonly [string, DurationUnit])[] = [
  ['hours', 'h'],
  ['hour', 'h'],
  ['days', 'd'],
  ['day', 'd'],
  ['months', 'month'],
  ['month', 'month'],
  ['years', 'year'],
  ['year', 'year'],
];

/** After 周/年: anniversaries, ages and decades are not durations. */
export const NOT_DURATION_AFTER = ['年', '岁', '代', '级', '度', '份', '末', '底', '初', '报'];

/** A duration cue just before the number (持續兩年, 過去兩年, 近兩年). */
export const DURATION_CUE_BEFORE = [
  '持续了',
  '持续',
  '过去',
  '长达',
  '历时',
  '为期',
  '连续',
  '整整',
  '足足',
  '耗时',
  '花了',
  '用了',
  '将近',
  '接近',
  '超过',
  '不到',
  '不足',
  '未来',
  '近',
  '逾',
];

/** A duration cue just after the unit (兩年來, 兩年內, 兩年多, N年間). */
export const DURATION_CUE_AFTER = [
  '以来',
  '之内',
  '以内',
  '之久',
  '以上',
  '左右',
  '来',
  '内',
  '间',
  '多',
];

/** Percent points (3個百分點): kind 'percent', unit '%'. */
export const PERCENT_POINTS = ['个百分点', '百分点'];

/** Right after the number: it is a period, not a figure (一季度, 2024財年). */
export const PERIOD_AFTER_NUMBER = ['个季度', '季', '财季', '财年', '年度'];

export type Qualifier = 'gt' | 'lt' | 'about';

/** Just before the number (after any currency prefix); longer words first. */
export const QUALIFIER_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['不超过', 'lt'],
  ['差不多', 'about'],
  ['超过', 'gt'],
  ['多于', 'gt'],
  ['高于', 'gt'],
  ['大于', 'gt'],
  ['不止', 'gt'],
  ['至少', 'gt'],
  ['不到', 'lt'],
  ['不足', 'lt'],
  ['少于', 'lt'],
  ['低于', 'lt'],
  ['未满', 'lt'],
  ['最多', 'lt'],
  ['大约', 'about'],
  ['大概', 'about'],
  ['约为', 'about'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['逾', 'gt'],
  ['超', 'gt'],
  ['约', 'about'],
];

/** English, before the number and a space: about $600 billion, more than 50%. */
export const ENGLISH_QUALIFIER_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['more than', 'gt'],
  ['less than', 'lt'],
  ['up to', 'lt'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['about', 'about'],
  ['over', 'gt'],
  ['under', 'lt'],
];

/** Just after the figure: 12個月內, 兩年以上, 三成左右. */
export const QUALIFIER_AFTER: readonly (readonly [string, Qualifier])[] = [
  ['以内', 'lt'],
  ['之内', 'lt'],
  ['以下', 'lt'],
  ['以上', 'gt'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['内', 'lt'],
];

/** Approximate "more than": 300多億, 兩年多, 十餘天. */
export const MORE_MARKS = ['多', '余'];
