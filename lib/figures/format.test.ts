import { formatFigure } from './format';

describe('formatFigure', () => {
  it.each([
    ['amount', 24300000000, 'USD', 'en', 'US$24.3 billion'],
    ['amount', 24300000000, 'USD', 'zh-Hant', '243億美元'],
    ['amount', 24300000000, 'USD', 'zh-Hans', '243亿美元'],
    ['amount', 1.5e12, 'CNY', 'zh-Hans', '1.5万亿人民币'],
    ['amount', 5e6, 'HKD', 'en', 'HK$5 million'],
    ['amount', 35000, 'TWD', 'zh-Hant', '3.5萬新臺幣'],
    ['amount', 1234, 'CNY', 'en', 'RMB 1,234'],
    ['growth', 19.4, '%', 'en', '+19.4%'],
    ['growth', -2, '%', 'zh-Hant', '\u22122%'],
    ['growth', 0, '%', 'en', '0%'],
    ['percent', 34, '%', 'zh-Hans', '34%'],
    ['duration', 12, 'h', 'en', '12 hours'],
    ['duration', 1, 'h', 'en', '1 hour'],
    ['duration', 12, 'h', 'zh-Hant', '12小時'],
    ['duration', 12, 'h', 'zh-Hans', '12小时'],
    ['duration', 0.5, 'h', 'en', '30 minutes'],
    ['duration', 2, 'month', 'zh-Hant', '2個月'],
    ['duration', 2, 'year', 'en', '2 years'],
    ['duration', 14, 'd', 'zh-Hans', '14天'],
    ['count', 3000, '', 'en', '3,000'],
    ['count', 1e8, '', 'zh-Hant', '1億'],
  ] as const)('%s %d %s in %s → %s', (kind, value, unit, locale, expected) => {
    expect(formatFigure(kind, value, unit, locale)).toBe(expected);
  });
});
