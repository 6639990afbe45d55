import { loadOnce } from './load-once';

test('every caller shares one load', async () => {
  const load = vi.fn(() => Promise.resolve({ loaded: true }));
  const get = loadOnce(load);
  const [first, second] = await Promise.all([get(), get()]);
  expect(first).toBe(second);
  expect(await get()).toBe(first);
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed load is forgotten: the next call tries again', async () => {
  const load = vi
    .fn<() => Promise<string>>()
    .mockRejectedValueOnce(new Error('updated under the page'))
    .mockResolvedValue('engine');
  const get = loadOnce(load);
  await expect(get()).rejects.toThrow('updated under the page');
  expect(await get()).toBe('engine');
  expect(await get()).toBe('engine');
  expect(load).toHaveBeenCalledTimes(2);
});
