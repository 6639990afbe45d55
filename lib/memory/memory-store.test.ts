import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearMemory, loadMemory, MEMORY_KEY, readRefusedAt, rememberPage } from './memory-store';

beforeEach(() => {
  fakeBrowser.reset();
});

test('remembers visits in storage.local under "memory", newest first, never in sync', async () => {
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] }, 1);
  await rememberPage({ url: 'https://b.example', title: 'B', entityIds: ['tencent'] }, 2);
  const stored = await fakeBrowser.storage.local.get(MEMORY_KEY);
  expect(Object.keys(stored[MEMORY_KEY] as object)).toEqual(['pages']);
  expect((await loadMemory()).map((page) => page.title)).toEqual(['B', 'A']);
  expect(await fakeBrowser.storage.sync.get()).toEqual({});
});

test('concurrent visits are all kept', async () => {
  await Promise.all(
    ['a', 'b', 'c', 'd'].map((name, i) =>
      rememberPage({ url: `https://${name}.example`, title: name, entityIds: ['x'] }, i),
    ),
  );
  expect(await loadMemory()).toHaveLength(4);
});

test('clearMemory forgets everything', async () => {
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] }, 1);
  await clearMemory();
  expect(await loadMemory()).toEqual([]);
});

test('a damaged stored value reads as empty and is replaced on the next visit', async () => {
  await fakeBrowser.storage.local.set({ [MEMORY_KEY]: 'garbage' });
  expect(await loadMemory()).toEqual([]);
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] }, 1);
  expect(await loadMemory()).toHaveLength(1);
});

test('a visit the browser will not store (its quota) is refused; what was remembered stays', async () => {
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] }, 1);
  const set = vi
    .spyOn(fakeBrowser.storage.local, 'set')
    .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
  await expect(
    rememberPage({ url: 'https://b.example', title: 'B', entityIds: ['tencent'] }, 2),
  ).rejects.toThrow('QUOTA_BYTES');
  expect((await loadMemory()).map((page) => page.title)).toEqual(['A']);
  // The refusal is noted for the options page to say so.
  expect(await readRefusedAt()).toBe(2);
  // Once there is room again, the next visit is kept (the queue did not stall on the failure).
  set.mockRestore();
  await rememberPage({ url: 'https://c.example', title: 'C', entityIds: ['baidu'] }, 3);
  expect((await loadMemory()).map((page) => page.title)).toEqual(['C', 'A']);
  expect(await readRefusedAt()).toBeNull();
});

test('clearing the memory clears the note of a refused visit', async () => {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota exceeded'));
  await expect(
    rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] }, 5),
  ).rejects.toThrow('quota');
  expect(await readRefusedAt()).toBe(5);
  await clearMemory();
  expect(await readRefusedAt()).toBeNull();
});
