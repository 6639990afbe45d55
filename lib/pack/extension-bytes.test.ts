import { rememberingFetch } from './extension-bytes';

const bytes = (n: number) => new Uint8Array([n]).buffer;

test('each path is fetched once, and each gets its own bytes', async () => {
  const fetchBytes = vi.fn((path: string) => Promise.resolve(bytes(path.length)));
  const read = rememberingFetch(fetchBytes);
  const early = read('/packs/a.names.bin');
  expect(await read('/packs/a.names.bin')).toBe(await early);
  expect(new Uint8Array(await read('/packs/bb.names.bin'))[0]).toBe('/packs/bb.names.bin'.length);
  expect(fetchBytes.mock.calls.map(([path]) => path)).toEqual([
    '/packs/a.names.bin',
    '/packs/bb.names.bin',
  ]);
});

test('a failed fetch is asked for again next time', async () => {
  const fetchBytes = vi
    .fn<(path: string) => Promise<ArrayBuffer>>()
    .mockRejectedValueOnce(new Error('404'))
    .mockResolvedValue(bytes(1));
  const read = rememberingFetch(fetchBytes);
  await expect(read('/packs/a.names.bin')).rejects.toThrow('404');
  expect(new Uint8Array(await read('/packs/a.names.bin'))[0]).toBe(1);
  expect(fetchBytes).toHaveBeenCalledTimes(2);
});
