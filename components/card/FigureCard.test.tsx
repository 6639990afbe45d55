import { buildFigureView } from '@/lib/card/figure-view';
import type { FigureMention } from '@/lib/figures';
import { builtinIndex, fakeFigureMention, testToScript } from '@/lib/card/test-fixtures';
import type { FigureView, ShownScript, ToScript } from '@/lib/card/types';
import { Card } from './Card';
import { getByRole, queryAllByRole, renderInto, textOf, unmount } from './test-render';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

const growth194 = fakeFigureMention(
  index,
  { kind: 'growth', value: 19.4, unit: '%' },
  'msft-intelligent-cloud-growth-2023q3',
);

/** Microsoft's release: +19%, in the peer group of July–September 2023. */
const growth19 = fakeFigureMention(
  index,
  { kind: 'growth', value: 19, unit: '%' },
  'msft-intelligent-cloud-revenue-2023q3-growth',
);

function fakeFigureView(
  mention: FigureMention,
  script: ShownScript = 'hant',
  toScript = asStored,
): FigureView {
  return buildFigureView(index, mention, { script, toScript });
}

function renderCard(view: FigureView) {
  const onOpenEntity = vi.fn<(id: string) => void>();
  container = renderInto(
    <Card view={view} theme="dark" onClose={() => {}} onOpenEntity={onOpenEntity} />,
  );
  const dialog = getByRole(container, 'dialog');
  return { dialog, onOpenEntity };
}

test('19.4%: Microsoft Intelligent Cloud, what it measures, its period and source', () => {
  const { dialog, onOpenEntity } = renderCard(fakeFigureView(growth194));
  expect(dialog.dataset.figure).toBe('growth');
  expect(dialog.dataset.theme).toBe('dark');
  expect(dialog.getAttribute('aria-label')).toBe('+19.4% · 微軟智能雲 智能雲板塊營收同比增長');
  expect(textOf(dialog.querySelector('.type'))).toBe('Growth rate');
  expect(textOf(dialog.querySelector('.desc'))).toBe('微軟智能雲 · 智能雲板塊營收同比增長[1]');
  expect(textOf(dialog.querySelector('.rows'))).toBe(
    'Period2023年7–9月 · 微軟2024財年第一季度' +
      'Note深渡文章給出的精確增速；微軟新聞稿取整爲19%。',
  );
  getByRole(dialog, 'button', '微軟智能雲').click();
  expect(onOpenEntity).toHaveBeenCalledWith('microsoft-intelligent-cloud');
  expect(textOf(dialog.querySelector('[data-source]'))).toBe(
    '[1] 深渡, 2023-11: 《熱鬧的雲棲大會,靜悄悄的吳泳銘》',
  );
  // The release's 19% is the quarter's peer; the article's 19.4% stands in for it.
  const rows = [...getByRole(dialog, 'img').querySelectorAll('[data-peer]')].map((g) => textOf(g));
  expect(rows).toEqual([
    '金山雲−17.5%',
    '騰訊金融科技及企業服務+16%',
    '亞馬遜雲科技+12%',
    '谷歌雲+22%',
    '▶ 微軟智能雲（this figure）+19.4%',
  ]);
});

test('+19%: a chart of its peers, each with name and value, this one marked in words and pattern', () => {
  const { dialog } = renderCard(fakeFigureView(growth19));
  const chart = getByRole(dialog, 'img');
  expect(chart.tagName.toLowerCase()).toBe('svg');
  const rows = [...chart.querySelectorAll('[data-peer]')].map((g) => textOf(g));
  expect(rows).toEqual([
    // One calendar quarter for all: no row needs to say which.
    '金山雲−17.5%',
    '騰訊金融科技及企業服務+16%',
    '亞馬遜雲科技+12%',
    '谷歌雲+22%',
    '▶ 微軟智能雲（this figure）+19%',
  ]);
  const current = chart.querySelectorAll('[data-current="true"]');
  expect(current.length).toBe(1);
  expect(current[0]?.getAttribute('data-peer')).toBe('microsoft-intelligent-cloud');
  const bar = current[0]?.querySelector('rect');
  expect(bar?.style.fill).toMatch(/^url\(["']?#pz-hatch-/);
  expect(bar?.style.fill).toContain(`#${chart.querySelector('pattern')?.id}`);
  expect(chart.getAttribute('aria-label')).toContain(
    '智能雲板塊季度營收同比增長 beside its peers: 金山雲 −17.5%, 騰訊金融科技及企業服務 +16%, ' +
      '亞馬遜雲科技 +12%, 谷歌雲 +22%, 微軟智能雲 +19% (this figure)',
  );
  // Wider value, longer bar: the scale is honest.
  const width = (id: string) =>
    Number(chart.querySelector(`[data-peer="${id}"] rect`)?.getAttribute('width'));
  expect(width('google-cloud')).toBeGreaterThan(width('microsoft-intelligent-cloud'));
  expect(width('microsoft-intelligent-cloud')).toBeGreaterThan(width('tencent-fbs'));
  expect(width('tencent-fbs')).toBeGreaterThan(width('aws'));
});

test('243億美元: normalised, its change and Bloomberg’s estimate it beat', () => {
  const { dialog } = renderCard(
    fakeFigureView(
      fakeFigureMention(
        index,
        { kind: 'amount', value: 24300000000, unit: 'USD' },
        'msft-intelligent-cloud-revenue-2023q3',
      ),
    ),
  );
  expect(getByRole(dialog, 'heading', '243億美元')).toBeTruthy();
  expect(textOf(dialog.querySelector('.aka'))).toBe('US$24.3 billion');
  const rows = textOf(dialog.querySelector('.rows'));
  expect(rows).toContain('Growth rate+19% year on year');
  expect(textOf(dialog.querySelector('[data-comparison]'))).toBe(
    '彭博彙總的分析師預期 236億美元 (+7億美元)[1]',
  );
  expect(textOf(dialog.querySelector('.desc'))).toBe('微軟智能雲 · 智能雲板塊季度營收[2]');
  expect(
    textOf(dialog.querySelector('[data-source="surfaceforbusiness-2023-11-13-microsoft-fy24-q1"]')),
  ).toMatch(/^\[2\] Surface for Business, 2023-11-13: 《Microsoft's FY24 Q1 Earnings/);
  expect(queryAllByRole(dialog, 'img')).toEqual([]);
});

test('a figure the pack does not know: its value and kind only', () => {
  const { dialog } = renderCard(
    fakeFigureView(fakeFigureMention(index, { kind: 'amount', value: 5e9, unit: 'CNY' })),
  );
  expect(dialog.dataset.figure).toBe('amount');
  expect(dialog.getAttribute('aria-label')).toBe('50億人民幣');
  expect(textOf(dialog.querySelector('.aka'))).toBe('RMB 5 billion');
  expect(textOf(dialog.querySelector('.desc'))).toBe(
    'Not in the knowledge pack: only its value is explained.',
  );
  expect(dialog.querySelector('.rows, svg, [data-source]')).toBeNull();
});

test('a qualifier from the pack is said in words', () => {
  const { dialog } = renderCard(
    fakeFigureView(
      fakeFigureMention(
        index,
        { kind: 'amount', value: 75000000000, unit: 'USD' },
        'azure-revenue-fy2025',
      ),
    ),
  );
  expect(getByRole(dialog, 'heading', 'more than 750億美元')).toBeTruthy();
});

test('Simplified: values, metric and peer names in Simplified', async () => {
  const toScript = await testToScript('hans');
  const { dialog } = renderCard(fakeFigureView(growth19, 'hans', toScript));
  expect(dialog.getAttribute('aria-label')).toBe('+19% · 微软智能云 智能云板块季度营收同比增长');
  expect(getByRole(dialog, 'img').getAttribute('aria-label')).toContain(
    '谷歌云 +22%, 微软智能云 +19% (this figure)',
  );
  expect(textOf(dialog.querySelector('.rows'))).toContain('2023年7–9月 · 微软2024财年第一季度');
});
