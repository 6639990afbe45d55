import { formatRelativeTime } from './relative-time';

const NOW = Date.UTC(2024, 0, 10, 12);
const HOUR = 3_600_000;

test.each([
  [0, 'en', 'now'],
  [-5 * 60_000, 'en', '5 minutes ago'],
  [-3 * HOUR, 'en', '3 hours ago'],
  [-24 * HOUR, 'en', 'yesterday'],
  [-48 * HOUR, 'en', '2 days ago'],
  [-14 * 24 * HOUR, 'en', '2 weeks ago'],
  [-90 * 24 * HOUR, 'en', '3 months ago'],
  [-800 * 24 * HOUR, 'en', '2 years ago'],
  [-48 * HOUR, 'zh-CN', '前天'],
  [-72 * HOUR, 'zh-TW', '3 天前'],
])('%i ms in %s reads "%s"', (offset, locale, expected) => {
  expect(formatRelativeTime(NOW + offset, NOW, locale)).toBe(expected);
});
