import { FoundCache } from './found-cache';
import type { Mention } from './types';

const figure = (start: number): Mention => ({
  kind: 'figure',
  start,
  end: start + 2,
  figure: { start, end: start + 2, kind: 'amount', value: 1, unit: 'CNY' },
});

test('a text seen before is not searched again', () => {
  const cache = new FoundCache();
  const find = vi.fn((text: string) => [figure(text.length)]);
  const first = cache.get('一元錢', find);
  expect(cache.get('一元錢', find)).toBe(first);
  cache.get('兩元錢', find);
  expect(find).toHaveBeenCalledTimes(2);
});

test('kept to its size: when full it starts again, and a text longer than it is never kept', () => {
  const cache = new FoundCache(10);
  const find = vi.fn(() => [] as Mention[]);
  cache.get('123456', find);
  cache.get('abcdef', find); // 12 > 10: the first one goes
  cache.get('123456', find);
  expect(find).toHaveBeenCalledTimes(3);
  cache.get('x'.repeat(11), find);
  cache.get('x'.repeat(11), find);
  expect(find).toHaveBeenCalledTimes(5);
});
