import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import {
  buildBuiltinPack,
  coreFile,
  detailsFile,
  renderGenerated,
} from '../../../lib/pack/build/builtin-pack';
import type { Pack } from '../../../lib/pack/types';

/**
 * The built-in industry pack, as compiled from its authored files
 * (assets/packs/cloud-2023/*.json): it passes every check, the shipped files
 * are what the sources compile to, every shown text cites a source, and the
 * facts that were once wrong stay right.
 */
const built = buildBuiltinPack('cloud-2023');
const pack: Pack = built.pack;
const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

const entity = (id: string) => {
  const found = pack.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};
const textsOf = (id: string) => {
  const e = entity(id);
  return [e.description, ...e.facts.map((f) => f.text)].join('\n');
};

test('compiles with no problem in any authored file', () => {
  expect(built.errors).toEqual([]);
});

test('the shipped core and details are what the sources compile to now (npm run pack)', () => {
  const text = renderGenerated(built);
  expect(readFileSync(coreFile('cloud-2023'), 'utf8') === text.core).toBe(true);
  expect(readFileSync(detailsFile('cloud-2023'), 'utf8') === text.details).toBe(true);
});

test('covers the industry: 400+ entities, the companies and peers its news names', () => {
  expect(pack.entities.length).toBeGreaterThanOrEqual(400);
  for (const id of [
    'alibaba-cloud',
    'baidu-ai-cloud',
    'tencent-cloud',
    'huawei-cloud',
    'volcano-engine',
    'jd-cloud',
    'kingsoft-cloud',
    'china-telecom-cloud',
    'china-mobile-cloud',
    'china-unicom-cloud',
    'iflytek',
    'sensetime',
    'zhipu',
    'moonshot',
    'minimax',
    'baichuan',
    '01-ai',
    'stepfun',
    'deepseek',
    'aws',
    'microsoft',
    'google-cloud',
    'openai',
    'nvidia',
    'genai-interim-measures',
    'us-export-controls-2022-10',
    'us-export-controls-2023-10',
  ])
    expect(entity(id).id).toBe(id);
});

test('every shown text cites a source that names its page, outlet and date', () => {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const cited = [
    ...pack.entities.flatMap((e) => [e.source, ...e.facts.map((f) => f.source)]),
    ...pack.relations.map((r) => r.source),
    ...pack.figures.flatMap((f) => [f.source, ...(f.comparedWith ?? []).map((c) => c.source)]),
  ];
  expect(cited.filter((id) => id === undefined || !sources.has(id))).toEqual([]);
  // The seed article is the one source kept without an address: its page is not online here.
  const withoutUrl = pack.sources.filter((s) => s.url === undefined).map((s) => s.id);
  expect(withoutUrl).toEqual(['shendu-yunqi-2023']);
  expect(pack.sources.every((s) => s.outlet.length > 0 && /^\d{4}/.test(s.date))).toBe(true);
  // Every source backs something shown (the compiler lists what cites it).
  expect(pack.sources.filter((s) => s.mentions.length === 0).map((s) => s.id)).toEqual([]);
});

test('its texts are in its text script, with no Taiwan-standard forms where OpenCC uses others', () => {
  expect(pack.textScript).toBe('zh-Hant');
  const texts = [
    ...pack.entities.flatMap((e) => [e.description, ...e.facts.map((f) => f.text)]),
    ...pack.figures.flatMap((f) => [f.metric, f.note ?? '']),
    ...pack.sources.map((s) => s.summary),
  ];
  // 為/啟 are what a Taiwan keyboard gives; OpenCC (and the seed) write 爲/啓.
  expect(texts.filter((t) => /[為啟]/.test(t))).toEqual([]);
  expect(
    texts.filter((t) => t2s(t) === t && /[\u4e00-\u9fff]{4}/.test(t) && /[们这说对会为时]/.test(t)),
  ).toEqual([]);
});

test('peer groups hold one metric over one calendar quarter, labelled by the calendar', () => {
  const groups = new Map<string, Pack['figures']>();
  for (const f of pack.figures) {
    if (f.peerGroup === undefined) continue;
    groups.set(f.peerGroup, [...(groups.get(f.peerGroup) ?? []), f]);
  }
  expect(groups.size).toBeGreaterThan(8);
  for (const [group, peers] of groups) {
    const [, year, quarter] = /^cloud-growth-(\d{4})q(\d)$/.exec(group) ?? [];
    expect(year, group).toBeDefined();
    const first = (Number(quarter) - 1) * 3 + 1;
    for (const f of peers) {
      expect(f.kind).toBe('growth');
      expect(f.period.start).toBe(`${year}-${String(first).padStart(2, '0')}`);
      expect(f.period.end).toBe(`${year}-${String(first + 2).padStart(2, '0')}`);
    }
  }
  // No figure is labelled relative to when some article was written.
  const labels = pack.figures.map((f) => f.period.label ?? '');
  expect(labels.filter((l) => /上個季度|上季度|本季度/.test(l))).toEqual([]);
});

test('fiscal labels ride along where the fiscal year is not the calendar (Microsoft, Alibaba)', () => {
  const msft = pack.figures.find((f) => f.id === 'msft-intelligent-cloud-revenue-2023q3');
  expect(msft?.period).toMatchObject({ start: '2023-07', end: '2023-09' });
  expect(msft?.period.fiscal).toMatch(/2024財年/);
  const alibaba = pack.figures.filter((f) => f.entity === 'alibaba-cloud' && f.period.fiscal);
  expect(alibaba.length).toBeGreaterThan(3);
});

test('張建鋒 kept DAMO after December 2022: only the Alibaba Cloud presidency passed on', () => {
  expect(textsOf('zhang-jianfeng')).not.toMatch(/曾任達摩院院長/);
  const damo = pack.relations.filter(
    (r) => r.from === 'zhang-jianfeng' && r.to === 'damo-academy' && r.type === 'leads',
  );
  expect(damo.length).toBeGreaterThan(0);
  expect(damo.every((r) => r.period?.end === undefined || r.period.end > '2022-12')).toBe(true);
});

test('ERNIE 4.0 is "not inferior to GPT-4" as Robin Li said, never said to surpass it', () => {
  const ernie = pack.entities.filter((e) => e.id.startsWith('ernie'));
  // A claim that a model beats another is only ever reported as its maker's claim.
  const unattributed = ernie.flatMap((e) => [
    e.description,
    ...e.facts.filter((f) => f.attributedTo === undefined).map((f) => f.text),
  ]);
  expect(unattributed.filter((t) => /超越|超過|勝過/.test(t))).toEqual([]);
  const claim = entity('ernie-bot-4').facts.find((f) => /遜色/.test(f.text));
  expect(claim?.attributedTo).toBe('李彥宏');
});

test('吳泳銘 is group CEO and acting chairman and CEO of Alibaba Cloud from 2023-09-10', () => {
  const roles = pack.relations.filter((r) => r.from === 'wu-yongming');
  const group = roles.find((r) => r.to === 'alibaba-group' && r.type === 'leads');
  expect(group?.period?.start).toBe('2023-09-10');
  expect(group?.acting).toBeUndefined();
  const cloud = roles.filter((r) => r.to === 'alibaba-cloud');
  expect(cloud.length).toBeGreaterThan(0);
  expect(cloud.every((r) => r.acting === true && r.period?.start === '2023-09-10')).toBe(true);
});

test('the cloud spin-off was planned in 2023 and dropped on 2023-11-16', () => {
  const facts = entity('alibaba-cloud-spin-off').facts;
  expect(facts.some((f) => f.status === 'planned' && f.period.start.startsWith('2023-0'))).toBe(
    true,
  );
  const dropped = facts.find((f) => f.status === 'dropped');
  expect(dropped?.period.start).toBe('2023-11-16');
});

test("the seed article's readings are attributed to it, not stated as facts", () => {
  const seedFacts = pack.entities.flatMap((e) =>
    e.facts.filter((f) => f.source === 'shendu-yunqi-2023').map((f) => ({ id: e.id, ...f })),
  );
  const readings = seedFacts.filter((f) => /神隱|佛系|直接原因|最早提出|首次提出/.test(f.text));
  expect(readings.length).toBeGreaterThan(0);
  expect(readings.filter((f) => f.attributedTo !== '深渡')).toEqual([]);
});

test('an alias claimed by two entities is ambiguous on both', () => {
  const claims = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const e of pack.entities)
    for (const a of e.aliases) {
      const key = t2s(a.text.normalize('NFKC').toLowerCase());
      claims.set(key, [...(claims.get(key) ?? []), { id: e.id, ambiguous: a.ambiguous === true }]);
    }
  const shared = [...claims].filter(([, list]) => new Set(list.map((c) => c.id)).size > 1);
  expect(shared.filter(([, list]) => list.some((c) => !c.ambiguous))).toEqual([]);
});
