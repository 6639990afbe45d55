/**
 * One page session on its own: it annotates the page it is given, reports
 * what the page mentions, shows the page in another script, and leaves no
 * trace when disposed.
 */
import type * as LoadConverter from '../convert/load-converter';
import type { LoadConverter as ConverterLoader } from '../convert/types';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import { startPageSession, type PageSession } from './page-session';
import type { PageFound } from './page-summary';

// The converters are web-accessible assets of the built extension: here, opencc-js directly,
// each load a task later (as a fetch would come).
vi.mock('../convert/load-converter', async (importOriginal) => {
  const { createTestLoader } = await import('../convert/test-converters');
  const load = createTestLoader();
  const loadConverter: ConverterLoader = async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return load(...args);
  };
  return { ...(await importOriginal<typeof LoadConverter>()), loadConverter };
});

class FakeHighlight extends Set<AbstractRange> {}
let highlights: Map<string, FakeHighlight>;
let session: PageSession | null = null;

const ARTICLE = '<p>阿里云与华为云的高管在大会上谈云计算。</p>';

function start(html: string): PageSession {
  document.body.innerHTML = html;
  session = startPageSession({ doc: document, packs: getBuiltinPacks(), getStandard: () => 'tw' });
  return session;
}

beforeEach(() => {
  highlights = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights });
});

afterEach(async () => {
  await session?.dispose();
  session = null;
  vi.unstubAllGlobals();
});

test('annotates the page and reports what it mentions', async () => {
  const page = start(ARTICLE);
  await page.started;
  expect(highlights.get('pangzhu-org')?.size).toBeGreaterThanOrEqual(2);
  const summary = await page.summary();
  expect(summary).toMatchObject({ state: 'ready', variant: 'original' });
  expect(summary.entities.map((e) => e.id)).toEqual(
    expect.arrayContaining(['alibaba-cloud', 'huawei-cloud']),
  );
});

test('counts what the page shows while idle, once its scan is over', async () => {
  document.body.innerHTML = ARTICLE;
  const counted: PageFound[] = [];
  session = startPageSession({
    doc: document,
    packs: getBuiltinPacks(),
    getStandard: () => 't',
    onCounted: (found) => counted.push(found),
  });
  await session.started;
  await vi.waitFor(() => expect(counted).toHaveLength(1));
  const { entities, figures } = await session.summary();
  expect(counted[0]).toEqual({ entities, figures });
  expect(counted[0]!.entities.map((e) => e.id)).toEqual(
    expect.arrayContaining(['alibaba-cloud', 'huawei-cloud']),
  );
});

test('counts nothing while the page is switched to another script, and counts it after', async () => {
  // Idle moments come at once (the switch awaits its dictionary and yields between slices).
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) =>
    setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 }), 0),
  );
  document.body.innerHTML = ARTICLE;
  let switching = false;
  const countedWhileSwitching: boolean[] = [];
  session = startPageSession({
    doc: document,
    packs: getBuiltinPacks(),
    getStandard: () => 'tw',
    onCounted: () => countedWhileSwitching.push(switching),
  });
  await session.started;
  // Switched before the idle count of the first scan could run.
  switching = true;
  await session.setVariant('hant', 'tw');
  switching = false;
  await vi.waitFor(() => expect(countedWhileSwitching).toEqual([false]));
  const { entities } = await session.summary();
  expect(entities.map((e) => e.id)).toEqual(expect.arrayContaining(['alibaba-cloud']));
});

test('shows the page in Traditional and keeps its mentions lit', async () => {
  const page = start(ARTICLE);
  await page.started;
  await page.setVariant('hant', 'tw');
  expect(document.body.textContent).toContain('阿里雲');
  expect(document.body.textContent).toContain('雲計算');
  expect((await page.summary()).variant).toBe('hant');
  await page.annotator.idle();
  expect(highlights.get('pangzhu-org')?.size).toBeGreaterThanOrEqual(2);
});

test('dispose brings the original text back and removes every highlight', async () => {
  const page = start(ARTICLE);
  await page.started;
  await page.setVariant('hant', 'tw');
  await page.dispose();
  session = null;
  expect(document.body.innerHTML).toBe(ARTICLE);
  expect(highlights.size).toBe(0);
});
