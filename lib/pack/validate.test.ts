import { validatePack } from './validate';
import { emptyPack } from './empty-pack';
import type { Pack } from './types';

/** A small pack that passes; each test breaks one thing in a fresh copy. */
function makePack(): Pack {
  return emptyPack({
    id: 'test-pack',
    version: '1.0.0',
    sources: [
      {
        id: 'article',
        title: '文章',
        outlet: '深渡',
        date: '2023-11',
        summary: '摘要。',
        mentions: ['alibaba-cloud', 'wu-yongming'],
      },
    ],
    entities: [
      {
        id: 'alibaba-cloud',
        type: 'org',
        names: { 'zh-Hant': '阿里雲', 'zh-Hans': '阿里云', en: 'Alibaba Cloud' },
        aliases: [{ text: 'Aliyun' }, { text: '飛天', ambiguous: true, evidence: ['wu-yongming'] }],
        description: '雲計算業務。',
        facts: [
          { text: '營收增長4%。', period: { start: '2023-04', end: '2023-06' }, source: 'article' },
        ],
      },
      {
        id: 'wu-yongming',
        type: 'person',
        names: { 'zh-Hant': '吳泳銘', 'zh-Hans': '吴泳铭', en: 'Eddie Wu' },
        aliases: [],
        description: '阿里雲董事長兼CEO。',
        facts: [],
      },
    ],
    relations: [
      {
        type: 'leads',
        from: 'wu-yongming',
        to: 'alibaba-cloud',
        role: 'CEO',
        period: { start: '2023-09-10' },
        source: 'article',
      },
    ],
    figures: [
      {
        id: 'growth',
        entity: 'alibaba-cloud',
        metric: '營收同比增長',
        peerGroup: 'cloud-growth',
        kind: 'growth',
        value: 4,
        unit: '%',
        period: { start: '2023-04', end: '2023-06' },
        comparedWith: [{ label: '預期', value: 5, unit: '%', source: 'article' }],
        source: 'article',
      },
    ],
  });
}

/** Runs `validatePack` on a broken copy and returns its errors. */
function errorsOf(
  breakIt: (pack: Record<string, any>) => void,
): { path: string; message: string }[] {
  const pack = structuredClone(makePack()) as unknown as Record<string, any>;
  breakIt(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

function pathsOf(breakIt: (pack: Record<string, any>) => void): string[] {
  return errorsOf(breakIt).map((e) => e.path);
}

test('a good pack passes and comes back as the same data', () => {
  const result = validatePack(makePack());
  expect(result).toEqual({ ok: true, pack: makePack() });
});

test.each([null, [], 'pack', 3, undefined])('refuses a non-object: %j', (input) => {
  expect(validatePack(input)).toEqual({
    ok: false,
    errors: [{ path: '', message: 'a pack must be a JSON object' }],
  });
});

test('names the path of a wrong type', () => {
  const errors = errorsOf((p) => (p.entities[0].aliases[0].text = 3));
  expect(errors).toEqual([
    { path: 'entities[0].aliases[0].text', message: expect.stringMatching(/string/) },
  ]);
});

test('names the path of a missing field', () => {
  const errors = errorsOf((p) => delete p.figures[0].source);
  expect(errors).toEqual([
    { path: 'figures[0].source', message: expect.stringMatching(/^missing/) },
  ]);
});

test('names an unknown (misspelt) field', () => {
  const errors = errorsOf((p) => (p.entities[1].descripton = 'x'));
  expect(errors).toEqual([
    { path: 'entities[1].descripton', message: expect.stringMatching(/unknown field/) },
  ]);
});

test('refuses missing script names, using bracket paths for their keys', () => {
  expect(pathsOf((p) => delete p.entities[1].names['zh-Hans'])).toEqual([
    'entities[1].names["zh-Hans"]',
  ]);
  expect(pathsOf((p) => (p.entities[1].names['zh-Hant'] = ''))).toEqual([
    'entities[1].names["zh-Hant"]',
  ]);
});

test('refuses empty or padded texts', () => {
  expect(pathsOf((p) => (p.entities[0].aliases[0].text = ''))).toEqual([
    'entities[0].aliases[0].text',
  ]);
  expect(pathsOf((p) => (p.entities[0].description = ' 雲 '))).toEqual(['entities[0].description']);
});

test.each(['2023-13', '2023-02-30', '2023/10/31', '23-10-31', '2023-1', ''])(
  'refuses the bad date %j',
  (date) => {
    expect(pathsOf((p) => (p.sources[0].date = date))).toEqual(['sources[0].date']);
  },
);

test('accepts year, month and day precision', () => {
  for (const date of ['2023', '2023-10', '2024-02-29']) {
    const pack = makePack();
    pack.sources[0]!.date = date;
    expect(validatePack(pack).ok).toBe(true);
  }
});

test('refuses a period that ends before it starts', () => {
  expect(pathsOf((p) => (p.figures[0].period.end = '2023-03'))).toEqual(['figures[0].period.end']);
});

test.each(['Alibaba-Cloud', 'alibaba_cloud', 'alibaba--cloud', '-x', '阿里雲'])(
  'refuses the bad slug %j',
  (id) => {
    expect(pathsOf((p) => (p.entities[1].id = id))).toContain('entities[1].id');
  },
);

test('refuses an unknown entity type, figure unit and relation type', () => {
  expect(pathsOf((p) => (p.entities[0].type = 'company'))).toEqual(['entities[0].type']);
  expect(pathsOf((p) => (p.figures[0].unit = 'percent'))).toEqual(['figures[0].unit']);
  expect(pathsOf((p) => (p.relations[0].type = 'owns'))).toEqual(['relations[0].type']);
});

test('refuses a wrong format version and a non-finite value', () => {
  expect(pathsOf((p) => (p.format = 2))).toEqual(['format']);
  expect(pathsOf((p) => (p.figures[0].value = Number.NaN))).toEqual(['figures[0].value']);
});

test('refuses duplicate ids', () => {
  const errors = errorsOf((p) => (p.entities[1].id = 'alibaba-cloud'));
  expect(errors).toContainEqual({
    path: 'entities[1].id',
    message: 'duplicate id "alibaba-cloud"',
  });
  expect(pathsOf((p) => p.sources.push({ ...p.sources[0] }))).toEqual(['sources[1].id']);
  expect(pathsOf((p) => p.figures.push({ ...p.figures[0] }))).toEqual(['figures[1].id']);
});

test.each([
  ['relation from', (p: any) => (p.relations[0].from = 'nobody'), 'relations[0].from'],
  ['relation to', (p: any) => (p.relations[0].to = 'nobody'), 'relations[0].to'],
  ['relation context', (p: any) => (p.relations[0].context = 'nobody'), 'relations[0].context'],
  ['relation source', (p: any) => (p.relations[0].source = 'nowhere'), 'relations[0].source'],
  [
    'fact source',
    (p: any) => (p.entities[0].facts[0].source = 'nowhere'),
    'entities[0].facts[0].source',
  ],
  ['figure source', (p: any) => (p.figures[0].source = 'nowhere'), 'figures[0].source'],
  ['figure entity', (p: any) => (p.figures[0].entity = 'nobody'), 'figures[0].entity'],
  [
    'comparison source',
    (p: any) => (p.figures[0].comparedWith[0].source = 'nowhere'),
    'figures[0].comparedWith[0].source',
  ],
  [
    'alias evidence',
    (p: any) => (p.entities[0].aliases[1].evidence = ['nobody']),
    'entities[0].aliases[1].evidence[0]',
  ],
  ['source mention', (p: any) => p.sources[0].mentions.push('nobody'), 'sources[0].mentions[2]'],
])('refuses a dangling %s', (_kind, breakIt, path) => {
  const errors = errorsOf(breakIt);
  expect(errors).toEqual([
    { path, message: expect.stringMatching(/^unknown (entity "nobody"|source "nowhere")$/) },
  ]);
});

test('refuses an alias shared by two entities unless both mark it ambiguous', () => {
  const shared = (p: any, second: object) => {
    p.entities[1].aliases.push({ text: '飛天', ...second });
  };
  expect(errorsOf((p) => shared(p, {}))).toEqual([
    {
      path: 'entities[1].aliases[0].text',
      message: expect.stringMatching(/also a name or alias of alibaba-cloud/),
    },
  ]);
  const pack = makePack();
  pack.entities[1]!.aliases.push({ text: '飛天', ambiguous: true, evidence: ['alibaba-cloud'] });
  expect(validatePack(pack).ok).toBe(true);
});

test('compares aliases across entities ignoring case and width', () => {
  expect(pathsOf((p) => p.entities[1].aliases.push({ text: 'ＡＬＩＹＵＮ' }))).toEqual([
    'entities[0].aliases[0].text',
    'entities[1].aliases[0].text',
  ]);
});

test('refuses an alias that is another entity’s name', () => {
  expect(pathsOf((p) => p.entities[1].aliases.push({ text: '阿里雲' }))).toEqual([
    'entities[0].names',
    'entities[1].aliases[0].text',
  ]);
});

test('refuses an alias that repeats its own entity’s name', () => {
  expect(pathsOf((p) => p.entities[0].aliases.push({ text: 'alibaba cloud' }))).toEqual([
    'entities[0].aliases[2].text',
  ]);
});

test('refuses an ambiguous alias without evidence, and evidence without ambiguity', () => {
  expect(pathsOf((p) => delete p.entities[0].aliases[1].evidence)).toEqual([
    'entities[0].aliases[1].evidence',
  ]);
  expect(pathsOf((p) => (p.entities[0].aliases[1].evidence = []))).toEqual([
    'entities[0].aliases[1].evidence',
  ]);
  expect(pathsOf((p) => delete p.entities[0].aliases[1].ambiguous)).toEqual([
    'entities[0].aliases[1].evidence',
  ]);
});

test('reports every problem at once', () => {
  const paths = pathsOf((p) => {
    p.entities[0].type = 'company';
    p.sources[0].date = 'soon';
  });
  expect(paths).toEqual(['sources[0].date', 'entities[0].type']);
});
