/**
 * Growth and decline words around a percent (增長了15.2%, 2%的負增長, up 34%):
 * they make a percent a change rather than a level, and give it its sign.
 * Only `context.ts` reads them. Folded form, like every list in `vocabulary.ts`.
 */

/** Growth words before a percent: negative ones first (負增長 ends in 增長). */
export const DECLINE_BEFORE = [
  '负增长',
  '下降',
  '下滑',
  '减少',
  '下跌',
  '跌幅',
  '降幅',
  '萎缩',
  '衰退',
  '回落',
  '缩减',
  '减',
  '降',
  '跌',
  '挫',
  '低',
];

/** Not a decline or growth word though they end like one: 最低5%, 最高5%. */
export const NOT_GROWTH_BEFORE = ['最低', '最高'];

/** English growth words before a percent (a space between): up 34%, fell about 17%. */
export const ENGLISH_DECLINE_BEFORE = [
  'down',
  'fell',
  'fall',
  'falls',
  'dropped',
  'drop',
  'declined',
  'decline',
  'slid',
  'slumped',
  'plunged',
  'tumbled',
  'sank',
  'lost',
  'shed',
  'decreased',
];
export const ENGLISH_GROWTH_BEFORE = [
  'up',
  'rose',
  'rise',
  'grew',
  'growth',
  'gained',
  'increased',
  'jumped',
  'surged',
  'soared',
  'climbed',
];
export const GROWTH_BEFORE = [
  '增长率',
  '增长',
  '增加',
  '上升',
  '上涨',
  '提升',
  '增速',
  '增幅',
  '涨幅',
  '升幅',
  '成长',
  '增',
  '涨',
  '升',
];

/**
 * Between a growth word and its number (增長了15.2%, 營收增長共29%, 增速爲5%).
 * 至/到 are not here: 增長至30% names a level, not a change.
 */
export const GROWTH_FILLERS = [
  '分别为',
  '超过',
  '不到',
  '不足',
  '接近',
  '将近',
  '分别',
  '达到',
  '高达',
  '约为',
  '大约',
  '只有',
  '同比',
  '环比',
  '了',
  '为',
  '达',
  '约',
  '共',
  '仅',
  '是',
  '的',
  '近',
  '逾',
  '超',
  ' ',
];

/** After "N%的": 2%的負增長, 4%的實際增速. */
export const DECLINE_AFTER = ['负增长', '下降', '下滑', '下跌', '降幅', '跌幅', '萎缩', '衰退'];
export const GROWTH_AFTER = ['正增长', '增长', '增速', '增幅', '涨幅', '上涨', '上升', '提升'];
export const GROWTH_AFTER_MODIFIERS = ['实际', '同比', '环比', '年均', '年化', '复合', '平均'];
