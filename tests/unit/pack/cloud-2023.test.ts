import * as OpenCC from 'opencc-js';
import raw from '../../../assets/packs/cloud-2023.json';
import { validatePack } from '../../../lib/pack/validate';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

function loadPack() {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.pack;
}

test('the seed pack passes the validator', () => {
  expect(validatePack(raw)).toMatchObject({ ok: true });
});

test('its zh-Hans names are the OpenCC conversions of its zh-Hant names', () => {
  const pack = loadPack();
  const mismatches = pack.entities
    .filter((e) => t2s(e.names['zh-Hant']) !== e.names['zh-Hans'])
    .map((e) => `${e.id}: ${e.names['zh-Hant']} → ${e.names['zh-Hans']}`);
  expect(mismatches).toEqual([]);
});

test('its texts are in its text script, with no Taiwan-standard forms where OpenCC uses others', () => {
  const pack = loadPack();
  expect(pack.textScript).toBe('zh-Hant');
  const texts = [
    ...pack.entities.flatMap((e) => [e.description, ...e.facts.map((f) => f.text)]),
    ...pack.figures.flatMap((f) => [f.metric, f.note ?? '']),
    ...pack.sources.map((s) => s.summary),
  ];
  // 為/啟/裏 are what a Taiwan keyboard gives; the seed (OpenCC) writes 爲/啓/裡.
  expect(texts.filter((t) => /[為啟裏]/.test(t))).toEqual([]);
  // Simplified text would change when converted: none of it may.
  expect(
    texts.filter((t) => t2s(t) === t && /[\u4e00-\u9fff]{4}/.test(t) && /[们这说对会为时]/.test(t)),
  ).toEqual([]);
});

test('every fact, relation and figure cites the seed or another listed source', () => {
  const pack = loadPack();
  const ids = new Set(pack.sources.map((s) => s.id));
  const cited = [
    ...pack.entities.flatMap((e) => e.facts.map((f) => f.source)),
    ...pack.relations.map((r) => r.source),
    ...pack.figures.map((f) => f.source),
  ];
  expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  expect(pack.sources[0]).toMatchObject({ outlet: '深渡', date: '2023-11' });
});

test('peer figures share one period span and a growth unit', () => {
  const pack = loadPack();
  const peers = pack.figures.filter((f) => f.peerGroup === 'cloud-growth-reported-2023-10');
  expect(peers.map((f) => [f.entity, f.value])).toEqual([
    ['microsoft-intelligent-cloud', 19.4],
    ['azure', 29],
    ['alibaba-cloud', 4],
    ['baidu-ai-cloud', 5],
    ['tencent-fbs', 15.2],
  ]);
  expect(new Set(peers.map((f) => `${f.kind} ${f.unit}`))).toEqual(new Set(['growth %']));
});

test('the leadership changes at Alibaba Cloud are relations with dates', () => {
  const pack = loadPack();
  const succession = pack.relations
    .filter((r) => r.type === 'succeeded')
    .map((r) => `${r.from} ← ${r.to} @${r.context} ${r.period?.start}`);
  expect(succession).toEqual([
    'daniel-zhang ← zhang-jianfeng @alibaba-cloud 2022-12',
    'wu-yongming ← daniel-zhang @alibaba-cloud 2023-09-10',
    'wu-yongming ← daniel-zhang @alibaba-group 2023-09-10',
    'joe-tsai ← daniel-zhang @alibaba-group 2023-09-10',
  ]);
});

test('the Microsoft revenue figure carries its change and the Bloomberg estimate', () => {
  const pack = loadPack();
  const revenue = pack.figures.find((f) => f.id === 'msft-intelligent-cloud-revenue-2023q3');
  expect(revenue).toMatchObject({
    value: 24300000000,
    unit: 'USD',
    change: { value: 19.4, unit: '%', basis: 'yoy' },
    comparedWith: [{ label: '彭博預期', value: 23600000000, unit: 'USD' }],
    period: { start: '2023-07', end: '2023-09' },
  });
});
