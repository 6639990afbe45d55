import * as OpenCC from 'opencc-js';
import { validatePack } from '../validate';
import { calendarQuarter, compilePackSources, locateErrors } from './compile-sources';
import type { NamedSourceFile, PackMeta } from './source-file';

const meta: PackMeta = {
  format: 1,
  id: 'test',
  version: '1',
  name: { 'zh-Hant': '測試', 'zh-Hans': '测试', en: 'Test' },
  textScript: 'zh-Hant',
};
const toHant = OpenCC.Converter({ from: 'cn', to: 't' });
const source = {
  id: 's',
  title: '标题 as written',
  outlet: 'Outlet',
  date: '2023-11-16',
  url: 'https://example.com/a',
  summary: '报道了云计算',
};

const files: NamedSourceFile[] = [
  {
    name: 'a.json',
    content: {
      sources: [source],
      entities: [
        {
          id: 'cloud',
          type: 'org',
          names: { 'zh-Hans': '华为云', en: 'Huawei Cloud' },
          aliases: [{ text: 'huawei cloud' }, { text: 'HUAWEI CLOUD' }, { text: '华为云计算' }],
          description: '华为的云计算业务。',
          source: 's',
          facts: [
            {
              text: '宣布不再推进分拆。',
              period: { start: '2023-11-16', label: '2023年11月' },
              status: 'dropped',
              attributedTo: '报道',
              source: 's',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'b.json',
    content: {
      entities: [
        {
          id: 'boss',
          type: 'person',
          names: { 'zh-Hans': '张平安', en: 'Zhang Pingan' },
          description: '华为云CEO。',
          source: 's',
        },
      ],
      relations: [
        { type: 'leads', from: 'boss', to: 'cloud', role: '首席执行官', acting: true, source: 's' },
      ],
      figures: [
        {
          id: 'cloud-revenue-2023q3',
          entity: 'cloud',
          metric: '云业务季度收入',
          kind: 'amount',
          value: 1e10,
          unit: 'CNY',
          period: {
            start: '2023-07',
            end: '2023-09',
            label: '2023年7–9月',
            fiscal: '2024财年第二季度',
          },
          change: { value: 12.5, unit: '%', basis: 'yoy' },
          cloudSegment: true,
          source: 's',
        },
      ],
    },
  },
];

const { pack, origin } = compilePackSources(meta, files, toHant);

test('texts go into the pack script; names get their Traditional form; titles stay as on the page', () => {
  const cloud = pack.entities[0]!;
  expect(cloud.names).toEqual({ 'zh-Hant': '華爲雲', 'zh-Hans': '华为云', en: 'Huawei Cloud' });
  expect(cloud.description).toBe('華爲的雲計算業務。');
  expect(cloud.facts[0]).toMatchObject({
    text: '宣佈不再推進分拆。',
    attributedTo: '報道',
    status: 'dropped',
  });
  expect(cloud.facts[0]!.period.label).toBe('2023年11月');
  expect(pack.sources[0]).toMatchObject({ title: '标题 as written', summary: '報道了雲計算' });
  expect(pack.relations[0]).toMatchObject({ role: '首席執行官', acting: true });
});

test('an alias that only respells a name or an earlier alias is dropped', () => {
  expect(pack.entities[0]!.aliases.map((a) => a.text)).toEqual(['华为云计算']);
});

test("a cloud segment's quarterly revenue brings its growth figure, among the quarter's peers", () => {
  expect(pack.figures.map((f) => f.id)).toEqual([
    'cloud-revenue-2023q3',
    'cloud-revenue-2023q3-growth',
  ]);
  expect(pack.figures[1]).toMatchObject({
    kind: 'growth',
    value: 12.5,
    unit: '%',
    peerGroup: 'cloud-growth-2023q3',
    period: { start: '2023-07', end: '2023-09', fiscal: '2024財年第二季度' },
    metric: '雲業務季度收入同比增長',
  });
  expect('cloudSegment' in pack.figures[0]!).toBe(false);
});

test('each source mentions what cites it; the pack validates', () => {
  expect(pack.sources[0]!.mentions.sort()).toEqual(['boss', 'cloud']);
  expect(validatePack(pack)).toMatchObject({ ok: true });
});

test("errors point at the author's file and position", () => {
  expect(origin.get('entities[1]')).toBe('b.json entities[0]');
  expect(
    locateErrors(
      [
        { path: 'entities[1].aliases[0].text', message: 'clash' },
        { path: '', message: 'x' },
      ],
      origin,
    ),
  ).toEqual(['b.json entities[0].aliases[0].text: clash', '(pack): x']);
});

test('calendar quarters are whole quarters of one year', () => {
  expect(calendarQuarter({ start: '2024-10', end: '2024-12' })).toBe('2024q4');
  expect(calendarQuarter({ start: '2024-01', end: '2024-03' })).toBe('2024q1');
  expect(calendarQuarter({ start: '2024-02', end: '2024-04' })).toBeUndefined();
  expect(calendarQuarter({ start: '2024-01', end: '2024-06' })).toBeUndefined();
  expect(calendarQuarter({ start: '2024-07' })).toBeUndefined();
});
