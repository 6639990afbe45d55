import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadMemory, readRefusedAt, rememberPage } from '@/lib/memory/memory-store';
import { getBuiltinWholePacks } from '@/lib/pack/builtin-whole';
import type { Pack } from '@/lib/pack/types';
import { loadInstalledPacks } from '@/lib/packs-store/packs-store';
import { loadSettings, updateSettings } from '@/lib/settings/settings-store';
import { getByRole, queryAllByRole, renderInto, textOf, unmount } from '../card/test-render';
import { getByLabel } from '../popup/test-data';
import { OptionsApp } from './OptionsApp';

const builtin = getBuiltinWholePacks()[0]!;
let container: HTMLElement | undefined;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  vi.restoreAllMocks();
});

async function renderOptions() {
  container = renderInto(<OptionsApp />);
  const root = container;
  await vi.waitFor(() =>
    expect(root.querySelector('main.options:not([aria-busy])')).not.toBeNull(),
  );
  return root;
}

function fakePackFile(edit: (pack: Pack) => void = () => {}): File {
  const pack = structuredClone<Pack>(builtin);
  pack.id = 'my-pack';
  pack.name = { 'zh-Hant': '我的包', 'zh-Hans': '我的包', en: 'My pack' };
  edit(pack);
  return new File([JSON.stringify(pack)], 'my-pack.json', { type: 'application/json' });
}

function chooseFile(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import-pack"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

test('the Traditional standard is a radio group that saves the choice', async () => {
  const root = await renderOptions();
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="traditional-standard"]')];
  expect(radios.map((r) => r.value)).toEqual(['t', 'tw', 'twp', 'hk']);
  getByLabel(root, 'Hong Kong').click();
  await vi.waitFor(async () => expect((await loadSettings()).traditionalStandard).toBe('hk'));
});

test('a highlight style per kind, saved when changed', async () => {
  const root = await renderOptions();
  const select = getByLabel(root, 'Person') as unknown as HTMLSelectElement;
  expect(select.value).toBe('underline');
  select.value = 'tint';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(async () => expect((await loadSettings()).highlightStyles.person).toBe('tint'));
  expect((await loadSettings()).highlightStyles.org).toBe('underline');
});

describe('sites where Pangzhu is off', () => {
  test('adds a pasted address as its host, and removes it again', async () => {
    const root = await renderOptions();
    expect(textOf(root)).toContain('None: Pangzhu runs on every site.');
    const field = getByLabel(root, 'Site (host name or address)');
    field.value = 'https://News.Example.com/2023/a.html';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    getByRole(root, 'button', 'Turn off there').click();
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['news.example.com']),
    );
    await vi.waitFor(() =>
      getByRole(root, 'button', 'Turn Pangzhu back on for news.example.com').click(),
    );
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  test('refuses what is not a host name, saying why', async () => {
    const root = await renderOptions();
    const field = getByLabel(root, 'Site (host name or address)');
    field.value = 'not a host';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    getByRole(root, 'button', 'Turn off there').click();
    await vi.waitFor(() =>
      expect(textOf(getByRole(root, 'alert'))).toBe('Enter a host name such as news.example.com.'),
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).disabledSites).toEqual([]);
  });
});

test('reading memory: a visit the browser refused to store is said, until the memory is cleared', async () => {
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] });
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota exceeded'));
  await expect(
    rememberPage({ url: 'https://b.example', title: 'B', entityIds: ['baidu'] }),
  ).rejects.toThrow('quota');
  const root = await renderOptions();
  expect(root.querySelector('[role="alert"]')?.textContent).toContain(
    'storage for Pangzhu is full',
  );
  expect(textOf(root)).toContain('1 page remembered');
  getByRole(root, 'button', 'Clear reading memory').click();
  await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).toBeNull());
  expect(await readRefusedAt()).toBeNull();
});

test('reading memory: the count, a switch and a clear button', async () => {
  await rememberPage({ url: 'https://a.example', title: 'A', entityIds: ['baidu'] });
  const one = await renderOptions();
  expect(textOf(one)).toContain('1 page remembered');
  unmount(one);
  await rememberPage({ url: 'https://b.example', title: 'B', entityIds: ['baidu'] });
  const root = await renderOptions();
  expect(textOf(root)).toContain('2 pages remembered');
  getByRole(root, 'button', 'Clear reading memory').click();
  await vi.waitFor(() => expect(textOf(root)).toContain('0 pages remembered'));
  expect(await loadMemory()).toEqual([]);
  getByLabel(root, 'Remember what I read (on this device only)').click();
  await vi.waitFor(async () => expect((await loadSettings()).readingMemory).toBe(false));
});

describe('knowledge packs', () => {
  test('the built-in pack can be turned off and exported, not removed', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pack');
    const root = await renderOptions();
    const row = root.querySelector<HTMLElement>(`[data-pack="${builtin.id}"]`)!;
    expect(textOf(row)).toContain('Built in');
    expect(queryAllByRole(row, 'button').map((b) => textOf(b))).toEqual(['Export']);
    getByRole(row, 'button', 'Export').click();
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text())).toEqual(builtin);
    getByLabel(row, `Use ${builtin.name.en}`).click();
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledPacks).toEqual([builtin.id]),
    );
  });

  test('imports a valid pack file, which can then be removed', async () => {
    const root = await renderOptions();
    chooseFile(root, fakePackFile());
    await vi.waitFor(() => expect(textOf(getByRole(root, 'status'))).toBe('Imported My pack.'));
    expect((await loadInstalledPacks()).imported.map((entry) => entry.id)).toEqual(['my-pack']);
    getByRole(root, 'button', 'Remove My pack').click();
    await vi.waitFor(async () => expect((await loadInstalledPacks()).imported).toEqual([]));
    await vi.waitFor(() => expect(root.querySelector('[data-pack="my-pack"]')).toBeNull());
  });

  test('refuses an invalid pack, listing each error with its JSON path; nothing changes', async () => {
    await updateSettings((s) => ({ ...s, disabledPacks: [] }));
    const root = await renderOptions();
    chooseFile(root, fakePackFile());
    await vi.waitFor(() => getByRole(root, 'status'));
    const before = await loadInstalledPacks();
    chooseFile(
      root,
      fakePackFile((pack) => {
        pack.id = 'other-pack';
        (pack.entities[1] as { type: string }).type = 'robot';
      }),
    );
    const alert = await vi.waitFor(() => getByRole(root, 'alert'));
    expect(textOf(alert)).toContain('This file is not a valid pack, so nothing was imported.');
    expect(textOf(alert)).toContain('entities[1].type:');
    expect(await loadInstalledPacks()).toEqual(before);
  });

  test('refuses a file that is not JSON', async () => {
    const root = await renderOptions();
    chooseFile(root, new File(['{ nope'], 'x.json'));
    const alert = await vi.waitFor(() => getByRole(root, 'alert'));
    expect(textOf(alert)).toContain('This file is not JSON, so nothing was imported:');
    expect((await loadInstalledPacks()).imported).toEqual([]);
  });
});
