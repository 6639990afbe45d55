import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEnglishMessage } from '@/tests/unit/i18n-setup';
import type { PopupLoad } from '@/lib/popup/load-popup';
import { loadSettings } from '@/lib/settings/settings-store';
import { getByRole, queryAllByRole, renderInto, textOf, unmount } from '../card/test-render';
import { PopupApp } from './PopupApp';
import { fakeLoad, fakeMemoryPage, getByLabel, pageEntity } from './test-data';

const NOW = Date.UTC(2024, 0, 10);
let container: HTMLElement | undefined;
let sent: { tabId: number; message: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.tabs.sendMessage = (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return Promise.resolve();
  };
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  fakeBrowser.i18n.getMessage = getEnglishMessage as typeof fakeBrowser.i18n.getMessage;
});

async function renderPopup(load: PopupLoad = fakeLoad()) {
  container = renderInto(<PopupApp load={() => Promise.resolve(load)} now={NOW} />);
  const root = container;
  await vi.waitFor(() => expect(root.querySelector('main.popup:not([aria-busy])')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('.related')).not.toBeNull());
  return root;
}

const radio = (root: HTMLElement, value: string) =>
  root.querySelector<HTMLInputElement>(`input[name="variant"][value="${value}"]`)!;

test('shows the variant switch (which is the original) and the per-site switch', async () => {
  const root = await renderPopup(fakeLoad({ variant: 'hans', originalScript: 'hant' }));
  expect(['original', 'hant', 'hans'].map((v) => radio(root, v).checked)).toEqual([
    false,
    false,
    true,
  ]);
  expect(textOf(root.querySelector('.variant-switch'))).toContain(
    'The original is in Traditional Chinese.',
  );
  const site = getByLabel(root, 'Pangzhu on news.example');
  expect(site.name).toBe('site-enabled');
  expect(site.checked).toBe(true);
});

test('choosing 简体 asks the tab to convert', async () => {
  const root = await renderPopup();
  radio(root, 'hans').click();
  await vi.waitFor(() =>
    expect(sent).toEqual([{ tabId: 7, message: { type: 'set-variant', variant: 'hans' } }]),
  );
  expect(radio(root, 'hans').checked).toBe(true);
});

test('lists what the page mentions by type, with counts, and reveals on click', async () => {
  const root = await renderPopup();
  const people = getByRole(root, 'heading', 'Person 2');
  expect(people).toBeTruthy();
  const buttons = queryAllByRole(root.querySelector('.found')!, 'button').map((b) =>
    b.getAttribute('aria-label'),
  );
  expect(buttons).toEqual([
    '張勇, 7 on this page: show the next one',
    '吳泳銘, 5 on this page: show the next one',
    '阿里雲, 12 on this page: show the next one',
    '4%, 1 on this page: show the next one',
  ]);
  getByRole(root, 'button', /^吳泳銘, 5/).click();
  getByRole(root, 'button', /^4%/).click();
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(sent.map((s) => s.message)).toEqual([
    { type: 'reveal', target: { entityId: 'wu-yongming' } },
    { type: 'reveal', target: { figureKey: 'growth:4:%' } },
  ]);
});

test('a long group shows its most mentioned names, the rest behind "show all"', async () => {
  const products = Array.from({ length: 11 }, (_, i) =>
    pageEntity(`product-${i}`, 'product', i + 1),
  );
  const root = await renderPopup(fakeLoad({ entities: products, figures: [] }));
  const group = root.querySelector('.found-group')!;
  const outside = [...group.querySelectorAll(':scope > .chips .chip')].map((b) =>
    b.getAttribute('data-target'),
  );
  expect(outside).toEqual([
    'product-10',
    'product-9',
    'product-8',
    'product-7',
    'product-6',
    'product-5',
    'product-4',
    'product-3',
  ]);
  const more = group.querySelector('details')!;
  expect(more.open).toBe(false);
  expect(textOf(more.querySelector('summary'))).toBe('Show all 11');
  // Built only when opened.
  expect(more.querySelectorAll('.chip')).toHaveLength(0);
  more.open = true;
  more.dispatchEvent(new Event('toggle'));
  await vi.waitFor(() => expect(more.querySelectorAll('.chip')).toHaveLength(3));
});

test('the related lists show their first items; the rest is built when "show all" is opened', async () => {
  const root = await renderPopup();
  const timeline = root.querySelector('[aria-labelledby="timeline-heading"]')!;
  const more = timeline.querySelector('details')!;
  expect(timeline.querySelectorAll(':scope > ol > li').length).toBeGreaterThan(0);
  expect(textOf(more.querySelector('summary'))).toMatch(/^Show all \d+$/);
  const all = Number(/\d+/.exec(textOf(more.querySelector('summary')))![0]);
  expect(more.querySelectorAll('li')).toHaveLength(0);
  more.open = true;
  more.dispatchEvent(new Event('toggle'));
  await vi.waitFor(() => expect(more.querySelectorAll('li')).toHaveLength(all));
});

test('turning the site off stores it in the settings and hides the list', async () => {
  const root = await renderPopup();
  getByLabel(root, 'Pangzhu on news.example').click();
  await vi.waitFor(async () =>
    expect((await loadSettings()).disabledSites).toEqual(['news.example']),
  );
  await vi.waitFor(() => expect(textOf(root)).toContain('Pangzhu is off here.'));
  expect(root.querySelector('.found')).toBeNull();
});

test('the global pause switches settings.enabled', async () => {
  const root = await renderPopup();
  getByLabel(root, 'On for all sites').click();
  await vi.waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
});

test('shows the related context: the leadership chain and the same-period peers chart', async () => {
  const root = await renderPopup();
  const chain = getByRole(root, 'list', 'Succession at 阿里雲, earliest first');
  expect(textOf(chain)).toMatch(/張建鋒.*張勇.*2022年12月.*吳泳銘.*2023年9月10日/);
  // The chart of the page figure's quarter (April–June 2023), and only that one.
  const chart = getByRole(root, 'img', /beside its peers/);
  expect(chart.closest('[data-peer-group]')?.getAttribute('data-peer-group')).toBe(
    'cloud-growth-2023q2',
  );
  expect(chart.getAttribute('aria-label')).toBe(
    '雲智能集團季度收入同比增長 beside its peers: 谷歌雲 +28%, 微軟智能雲 +15%, 亞馬遜雲科技 +12%, 阿里雲 +4% (on this page)',
  );
});

test('recalls where the reader met a name before, with a link back', async () => {
  const root = await renderPopup(fakeLoad({}, { memory: [fakeMemoryPage()] }));
  const memory = root.querySelector('.memory')!;
  expect(textOf(memory)).toBe('You read about 吳泳銘 2 days ago on 吳泳銘的公開信');
  expect(getByRole(memory, 'link', '吳泳銘的公開信').getAttribute('href')).toBe(
    'https://other.example/wu',
  );
});

test('shows the page’s names from its answer at once; the related context once the packs are in', async () => {
  let releaseDetails = () => {};
  const held = new Promise<void>((resolve) => (releaseDetails = resolve));
  // Fresh modules: a pack's details are loaded once per page, and earlier tests loaded them.
  vi.resetModules();
  const files = await import('@/lib/pack/extension-json');
  const { PopupApp: FreshPopup } = await import('./PopupApp');
  const load = files.fetchExtensionJson;
  const fetchJson = vi.spyOn(files, 'fetchExtensionJson').mockImplementation(async (path) => {
    if (path.endsWith('.details.json')) await held;
    return load(path);
  });
  try {
    container = renderInto(<FreshPopup load={() => Promise.resolve(fakeLoad())} now={NOW} />);
    const root = container;
    await vi.waitFor(() =>
      expect(root.querySelector('main.popup:not([aria-busy])')).not.toBeNull(),
    );
    expect(getByRole(root, 'button', /^吳泳銘, 5/)).toBeTruthy();
    await vi.waitFor(() =>
      expect(fetchJson).toHaveBeenCalledWith('/packs/cloud-2023.details.json'),
    );
    expect(root.querySelector('.related')).toBeNull();
    expect(root.querySelector('.hint[aria-busy="true"]')).not.toBeNull();
    releaseDetails();
    // The succession chain needs the relations' periods: they are in the details.
    await vi.waitFor(() =>
      expect(textOf(getByRole(root, 'list', 'Succession at 阿里雲, earliest first'))).toMatch(
        /張勇.*2022年12月.*吳泳銘.*2023年9月10日/,
      ),
    );
    expect(root.querySelector('.hint[aria-busy="true"]')).toBeNull();
  } finally {
    releaseDetails();
    fetchJson.mockRestore();
  }
});

test('names what the page mentions as its answer names it, no pack needed', async () => {
  const names = { 'zh-Hant': '某某雲', 'zh-Hans': '某某云', en: 'Someone Cloud' };
  const root = await renderPopup(
    fakeLoad({ entities: [{ id: 'not-in-any-pack', type: 'org', count: 3, names }] }),
  );
  const chip = getByRole(root, 'button', /^某某雲, 3/);
  expect(chip.getAttribute('title')).toBe('Someone Cloud');
});

test('says so when Pangzhu cannot run on the tab', async () => {
  container = renderInto(
    <PopupApp
      load={() => Promise.resolve({ status: 'unavailable', settings: fakeLoad().settings })}
    />,
  );
  const root = container;
  await vi.waitFor(() => expect(textOf(root)).toContain('Pangzhu does not run on this page.'));
  expect(root.querySelector('input[name="variant"]')).toBeNull();
});

test('in the zh_CN UI, names and pack texts are in Simplified', async () => {
  vi.doMock('@/lib/convert/load-converter', async () => {
    const { createToHansConverter } = await import('@/lib/convert/to-hans-converter');
    const convert = await createToHansConverter();
    return { loadConverter: () => Promise.resolve(convert) };
  });
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    key === 'common_ui_locale'
      ? 'zh_CN'
      : getEnglishMessage(key, subs)) as typeof fakeBrowser.i18n.getMessage;
  vi.resetModules();
  const { PopupApp: FreshPopup } = await import('./PopupApp');
  container = renderInto(<FreshPopup load={() => Promise.resolve(fakeLoad())} now={NOW} />);
  const root = container;
  await vi.waitFor(() => expect(root.querySelector('.related')).not.toBeNull(), { timeout: 5000 });
  expect(textOf(getByRole(root, 'list', /^Succession at 阿里云/))).toMatch(
    /张建锋.*张勇.*2022年12月.*吴泳铭/,
  );
  expect(textOf(root.querySelector('.timeline'))).not.toMatch(/[張雲銘]/);
  // The page's names as its answer gives them, in Simplified.
  expect(getByRole(root, 'button', /^吴泳铭, 5/)).toBeTruthy();
  vi.doUnmock('@/lib/convert/load-converter');
});

test('in the English UI the packs’ names and texts carry their own lang, the UI’s words none', async () => {
  const root = await renderPopup();
  const related = root.querySelector('.related')!;
  const names = [...related.querySelectorAll('.name')];
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const lang = name.getAttribute('lang');
    // Chinese names are read as Chinese; a name in Latin letters only as English.
    expect(lang).toBe(/\p{Script=Han}/u.test(name.textContent ?? '') ? 'zh-Hant' : 'en');
  }
  const chip = getByRole(root, 'button', /^吳泳銘, 5/);
  expect(chip.querySelector('[lang]')?.getAttribute('lang')).toBe('zh-Hant');
  expect(getByRole(root, 'heading', 'Person 2').closest('[lang]')).toBeNull();
});
