import { buildFigureView } from './figure-view';
import { builtinIndex, testToScript } from './test-fixtures';
import type { ToScript } from './types';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
const hant = { script: 'hant' as const, toScript: asStored };

test('19.4%: Microsoft Intelligent Cloud growth, with its peers of the same period', () => {
  const view = buildFigureView(
    index,
    {
      figure: { kind: 'growth', value: 19.4, unit: '%' },
      link: { figure: { id: 'msft-intelligent-cloud-growth-2023q3' } },
    },
    hant,
  );
  expect(view?.figureKind).toBe('growth');
  expect(view?.valueText).toBe('+19.4%');
  expect(view?.known).toMatchObject({
    entityId: 'microsoft-intelligent-cloud',
    metric: '智能雲板塊營收同比增長',
    periodLabel: '2023年7–9月（微軟2024財年第一季度）',
    source: 1,
  });
  expect(view?.known?.peers.map((p) => [p.entityId, p.valueText, p.current])).toEqual([
    ['microsoft-intelligent-cloud', '+19.4%', true],
    ['azure', '+29%', false],
    ['alibaba-cloud', '+4%', false],
    ['baidu-ai-cloud', '+5%', false],
    ['tencent-fbs', '+15.2%', false],
  ]);
  expect(view?.sources.map((s) => s.outlet)).toEqual(['深渡']);
});

test('243億美元: normalised, its change and what it beat', () => {
  const view = buildFigureView(
    index,
    {
      figure: { kind: 'amount', value: 24300000000, unit: 'USD' },
      link: { figure: { id: 'msft-intelligent-cloud-revenue-2023q3' } },
    },
    hant,
  );
  expect(view?.valueText).toBe('243億美元');
  expect(view?.englishValueText).toBe('US$24.3 billion');
  expect(view?.known).toMatchObject({ changeText: '+19.4%', changeBasis: 'yoy', peers: [] });
  expect(view?.known?.comparisons).toEqual([
    { label: '彭博預期', valueText: '236億美元', differenceText: '+7億美元', source: 1 },
  ]);
  expect(view?.known?.comparisonLabel).toBeUndefined();
});

test('236億美元 quoted as Bloomberg’s estimate is labelled as the estimate', () => {
  const view = buildFigureView(
    index,
    {
      figure: { kind: 'amount', value: 23600000000, unit: 'USD' },
      link: { figure: { id: 'msft-intelligent-cloud-revenue-2023q3' } },
    },
    hant,
  );
  expect(view?.known?.comparisonLabel).toBe('彭博預期');
});

test('a figure the pack does not know: its value and kind only', () => {
  const view = buildFigureView(
    index,
    { figure: { kind: 'amount', value: 5e9, unit: 'CNY' } },
    hant,
  );
  expect(view).toMatchObject({ valueText: '50億人民幣', englishValueText: 'RMB 5 billion' });
  expect(view?.known).toBeUndefined();
  expect(view?.sources).toEqual([]);
});

test('qualifier from the pack: more than twelve hours', () => {
  const view = buildFigureView(
    index,
    {
      figure: { kind: 'duration', value: 12, unit: 'h' },
      link: { figure: { id: 'hk-outage-duration-2022' } },
    },
    hant,
  );
  expect(view?.qualifier).toBe('gt');
  expect(view?.valueText).toBe('12小時');
});

test('Simplified: metric and peer names follow the script', async () => {
  const toScript = await testToScript('hans');
  const view = buildFigureView(
    index,
    {
      figure: { kind: 'growth', value: 19.4, unit: '%' },
      link: { figure: { id: 'msft-intelligent-cloud-growth-2023q3' } },
    },
    { script: 'hans', toScript },
  );
  expect(view?.known?.metric).toBe('智能云板块营收同比增长');
  expect(view?.known?.peers.map((p) => p.name)).toContain('阿里云');
});

test('an unknown kind or unit gives no view', () => {
  expect(
    buildFigureView(index, { figure: { kind: 'weight', value: 1, unit: 'kg' } }, hant),
  ).toBeNull();
});
