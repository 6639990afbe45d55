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

test('a text expected to be new is not looked up, and is found once a look-up may find it', () => {
  const cache = new FoundCache();
  const find = vi.fn((text: string) => [figure(text.length)]);
  const first = cache.get('一元錢', find, true);
  // Expected new again: searched again (its first scan met the same text twice).
  cache.get('一元錢', find, true);
  expect(find).toHaveBeenCalledTimes(2);
  // A look-up (a rescan) finds it.
  expect(cache.get('一元錢', find)).toEqual(first);
  expect(find).toHaveBeenCalledTimes(2);
});

test('texts kept aside count towards its size', () => {
  const cache = new FoundCache(200);
  const find = vi.fn(() => [] as Mention[]);
  cache.get('a'.repeat(100), find, true);
  cache.get('b'.repeat(100), find, true);
  cache.get('c'.repeat(100), find, true); // 300 > 200: the first two go
  cache.get('a'.repeat(100), find);
  cache.get('c'.repeat(100), find);
  expect(find).toHaveBeenCalledTimes(4);
});

test('texts kept aside are indexed a few at each look-up, not all at once', () => {
  const cache = new FoundCache();
  const find = vi.fn((text: string) => [figure(text.length)]);
  const texts = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(5000));
  for (const text of texts) cache.get(text, find, true);
  expect(find).toHaveBeenCalledTimes(10);
  // The first look-up indexes the first ~16 000 characters' worth: the last text is missed.
  cache.get(texts[9]!, find);
  expect(find).toHaveBeenCalledTimes(11);
  // A few look-ups later every text kept aside is found.
  for (let i = 0; i < 3; i++) cache.get('新', find);
  for (const text of texts) cache.get(text, find);
  expect(find).toHaveBeenCalledTimes(12);
});
