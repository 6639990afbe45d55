import { buildFigureView } from './figure-view';
import { builtinIndex, fakeFigureMention, testToScript } from './test-fixtures';
import type { ToScript } from './types';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
const hant = { script: 'hant' as const, toScript: asStored };

/** Microsoft's release: Intelligent Cloud revenue +19% in July–September 2023. */
const growth19 = fakeFigureMention(
  index,
  { kind: 'growth', value: 19, unit: '%' },
  'msft-intelligent-cloud-revenue-2023q3-growth',
);

test('19.4%: Microsoft Intelligent Cloud growth as the article computed it, calendar and fiscal period', () => {
  const view = buildFigureView(
    index,
    fakeFigureMention(
      index,
      { kind: 'growth', value: 19.4, unit: '%' },
      'msft-intelligent-cloud-growth-2023q3',
    ),
    hant,
  );
  expect(view?.figureKind).toBe('growth');
  expect(view?.valueText).toBe('+19.4%');
  expect(view?.known).toMatchObject({
    entityId: 'microsoft-intelligent-cloud',
    entityName: '微軟智能雲',
    metric: '智能雲板塊營收同比增長',
    periodLabel: '2023年7–9月 · 微軟2024財年第一季度',
    note: '深渡文章給出的精確增速；微軟新聞稿取整爲19%。',
    source: 1,
  });
  // The article's own precision stands in for the release's 19% among the quarter's peers.
  const peers = view?.known?.peers ?? [];
  expect(peers.map((p) => [p.entityId, p.value, p.current])).toContainEqual([
    'microsoft-intelligent-cloud',
    19.4,
    true,
  ]);
  expect(peers.filter((p) => p.entityId === 'microsoft-intelligent-cloud')).toHaveLength(1);
  expect(peers.map((p) => p.entityId)).toEqual(
    expect.arrayContaining(['aws', 'google-cloud', 'tencent-fbs']),
  );
  expect(view?.sources.map((s) => [s.id, s.outlet])).toEqual([['shendu-yunqi-2023', '深渡']]);
});

test('+19%: Microsoft Intelligent Cloud growth, with its peers of the same calendar quarter', () => {
  const view = buildFigureView(index, growth19, hant);
  expect(view?.valueText).toBe('+19%');
  expect(view?.known).toMatchObject({
    entityId: 'microsoft-intelligent-cloud',
    metric: '智能雲板塊季度營收同比增長',
    periodLabel: '2023年7–9月 · 微軟2024財年第一季度',
    source: 1,
  });
  expect(view?.known?.peers.map((p) => [p.entityId, p.valueText, p.current])).toEqual([
    ['kingsoft-cloud', '−17.5%', false],
    ['tencent-fbs', '+16%', false],
    ['aws', '+12%', false],
    ['google-cloud', '+22%', false],
    ['microsoft-intelligent-cloud', '+19%', true],
  ]);
  // Compiled peer groups hold one calendar quarter only.
  expect(new Set(view?.known?.peers.map((p) => p.periodLabel))).toEqual(new Set(['2023 Q3']));
  expect(view?.sources.map((s) => [s.id, s.outlet, s.date])).toEqual([
    ['surfaceforbusiness-2023-11-13-microsoft-fy24-q1', 'Surface for Business', '2023-11-13'],
  ]);
});

test('243億美元: normalised, its change and what it beat', () => {
  const view = buildFigureView(
    index,
    fakeFigureMention(
      index,
      { kind: 'amount', value: 24300000000, unit: 'USD' },
      'msft-intelligent-cloud-revenue-2023q3',
    ),
    hant,
  );
  expect(view?.valueText).toBe('243億美元');
  expect(view?.englishValueText).toBe('US$24.3 billion');
  expect(view?.known).toMatchObject({ changeText: '+19%', changeBasis: 'yoy', peers: [] });
  // The estimate is cited from 深渡 [1], the figure itself from Microsoft's results [2].
  expect(view?.known?.comparisons).toEqual([
    {
      label: '彭博彙總的分析師預期',
      valueText: '236億美元',
      differenceText: '+7億美元',
      source: 1,
    },
  ]);
  expect(view?.known?.source).toBe(2);
  expect(view?.sources.map((s) => s.id)).toEqual([
    'shendu-yunqi-2023',
    'surfaceforbusiness-2023-11-13-microsoft-fy24-q1',
  ]);
  expect(view?.known?.comparisonLabel).toBeUndefined();
});

test('236億美元 quoted as Bloomberg’s estimate is labelled as the estimate', () => {
  const view = buildFigureView(
    index,
    fakeFigureMention(
      index,
      { kind: 'amount', value: 23600000000, unit: 'USD' },
      'msft-intelligent-cloud-revenue-2023q3',
    ),
    hant,
  );
  expect(view?.known?.comparisonLabel).toBe('彭博彙總的分析師預期');
});

test('a figure the pack does not know: its value and kind only', () => {
  const view = buildFigureView(
    index,
    fakeFigureMention(index, { kind: 'amount', value: 5e9, unit: 'CNY' }),
    hant,
  );
  expect(view).toMatchObject({ valueText: '50億人民幣', englishValueText: 'RMB 5 billion' });
  expect(view?.known).toBeUndefined();
  expect(view?.sources).toEqual([]);
});

test('qualifier from the pack: Azure’s revenue of more than 750億美元', () => {
  const azure = 'azure-revenue-fy2025';
  const view = buildFigureView(
    index,
    fakeFigureMention(index, { kind: 'amount', value: 75000000000, unit: 'USD' }, azure),
    hant,
  );
  expect(view?.qualifier).toBe('gt');
  expect(view?.valueText).toBe('750億美元');
  expect(view?.known?.periodLabel).toBe('2024年7月–2025年6月 · 微軟2025財年');
  // Another value linked to the same figure is not what the pack qualifies.
  const other = buildFigureView(
    index,
    fakeFigureMention(index, { kind: 'amount', value: 74000000000, unit: 'USD' }, azure),
    hant,
  );
  expect(other?.qualifier).toBeUndefined();
});

test('Simplified: metric and peer names follow the script', async () => {
  const toScript = await testToScript('hans');
  const view = buildFigureView(index, growth19, { script: 'hans', toScript });
  expect(view?.known?.metric).toBe('智能云板块季度营收同比增长');
  expect(view?.known?.entityName).toBe('微软智能云');
  expect(view?.known?.periodLabel).toBe('2023年7–9月 · 微软2024财年第一季度');
  expect(view?.known?.peers.map((p) => p.name)).toEqual([
    '金山云',
    '腾讯金融科技及企业服务',
    '亚马逊云科技',
    '谷歌云',
    '微软智能云',
  ]);
});
