import { buildEntityView } from './entity-view';
import { builtinIndex, testToScript } from './test-fixtures';
import type { ToScript } from './types';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
const base = { script: 'hant' as const, toScript: asStored, today: '2025-01-15' };

/** The source id behind a footnote number of a view. */
const sourceIdOf = (view: ReturnType<typeof buildEntityView>, n: number) =>
  view?.sources.find((s) => s.n === n)?.id;

test('吳泳銘: names, type, description, facts with dates in order, sources', () => {
  const view = buildEntityView(index, 'wu-yongming', base);
  expect(view).not.toBeNull();
  expect(view?.name).toBe('吳泳銘');
  expect(view?.otherName).toBe('吴泳铭');
  expect(view?.englishName).toBe('Eddie Wu');
  expect(view?.type).toBe('person');
  expect(view?.description).toBe(
    '阿里巴巴集團CEO（2023年9月10日起），同日起代理阿里雲智能集團董事長兼CEO；阿里巴巴創立時的技術負責人。',
  );
  // Nine facts in the pack; with no article date, the latest six, oldest first.
  expect(view?.facts.map((f) => f.start)).toEqual([
    '2023-11-08',
    '2023-11-16',
    '2024-09-19',
    '2025-02-24',
    '2025-09-24',
    '2025-11-25',
  ]);
  expect(view?.facts[0]?.periodLabel).toBe('2023年11月8日');
  // Each fact's mark cites its own source, numbered in order of first citation.
  expect(view?.facts.map((f) => sourceIdOf(view, f.source))).toEqual([
    'scmp-2023-11-08-wu-open-tech-platform',
    'bloomberg-2023-11-16-alibaba-scraps-cloud-spinoff',
    'infoq-2024-09-19-yunqi-2024',
    'technews-2025-02-24-alibaba-380bn',
    'hk01-2025-09-24-yunqi-capex',
    'stheadline-2025-11-25-wu-ai-bubble',
  ]);
  expect(view?.sources.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(view?.sources[0]).toEqual(
    expect.objectContaining({
      n: 1,
      id: 'xinhua-2023-06-21-alibaba-new-chairman-ceo',
      date: '2023-06-21',
      url: 'http://en.people.cn/n3/2023/0621/c90000-20034319.html',
    }),
  );
  expect(view?.facts.every((f) => !f.later)).toBe(true);
});

test('吳泳銘: his roles grouped per organisation, with dates, held now', () => {
  const view = buildEntityView(index, 'wu-yongming', base);
  const cloud = view?.roles.find((r) => r.entityId === 'alibaba-cloud');
  expect(cloud).toMatchObject({
    name: '阿里雲',
    roles: ['CEO', '董事長'],
    start: '2023-09-10',
    periodLabel: '2023年9月10日起（代理）',
    current: true,
  });
  expect(view?.roles.map((r) => [r.entityId, r.roles.join('/'), r.start, r.current])).toEqual([
    ['alibaba-group', 'CEO', '2023-09-10', true],
    ['alibaba-cloud', 'CEO/董事長', '2023-09-10', true],
    ['taotian-group', '董事長', '2023-06-20', true],
    // A founding is an event: never "held now".
    ['alibaba-group', '創始團隊成員（創立時的技術負責人）', '1999', false],
  ]);
  expect(view?.rolesDiffer).toBe(false);
});

test('an acting role is marked acting, on both sides of the relation', () => {
  const wu = buildEntityView(index, 'wu-yongming', base);
  expect(wu?.roles.find((r) => r.entityId === 'alibaba-cloud')?.acting).toBe(true);
  expect(wu?.roles.find((r) => r.entityId === 'alibaba-group')?.acting).toBe(false);
  expect(wu?.roles.find((r) => r.entityId === 'taotian-group')?.acting).toBe(false);
  const cloud = buildEntityView(index, 'alibaba-cloud', base);
  expect(cloud?.roles.find((r) => r.entityId === 'wu-yongming')).toMatchObject({
    roles: ['CEO', '董事長'],
    acting: true,
  });
  expect(cloud?.roles.find((r) => r.entityId === 'zhang-jianfeng')?.acting).toBe(false);
});

test('roles now and at the article time differ for an article written before he took over', () => {
  // The day his succession was announced (effective 2023-09-10).
  const view = buildEntityView(index, 'wu-yongming', { ...base, articleDate: '2023-06-20' });
  expect(view?.rolesDiffer).toBe(true);
  expect(view?.articleDate).toBe('2023-06-20');
  expect(view?.roles.filter((r) => r.atArticle).map((r) => [r.entityId, r.roles])).toEqual([
    ['taotian-group', ['董事長']],
  ]);
  expect(view?.roles.filter((r) => r.current).map((r) => r.entityId)).toEqual([
    'alibaba-group',
    'alibaba-cloud',
    'taotian-group',
  ]);
});

test('阿里雲: who led it when, newest first, undated ones last', () => {
  const view = buildEntityView(index, 'alibaba-cloud', { ...base, articleDate: '2023-06' });
  // 張勇's acting presidency from 2022-12-29 ended when he left on 2023-09-10.
  expect(view?.roles.map((r) => [r.name, r.roles.join('/'), r.current, r.atArticle])).toEqual([
    ['劉偉光', '資深副總裁、公共雲事業部總裁', true, false],
    ['吳泳銘', 'CEO/董事長', true, false],
    ['張勇', '阿里雲智能集團董事長兼CEO', false, true],
    ['張勇', '阿里雲智能總裁（代理）', false, true],
    ['周靖人', '首席技術官（CTO）', true, true],
    ['張建鋒', '阿里雲智能總裁', false, false],
    ['王堅', '創始人', false, false],
  ]);
  expect(view?.roles[2]).toMatchObject({
    start: '2023',
    end: '2023-09-10',
    periodLabel: '2023年至9月10日',
  });
  expect(view?.roles[5]).toMatchObject({ start: '2018', end: '2022-12-29' });
  expect(view?.roles[6]?.start).toBeUndefined();
  expect(view?.rolesDiffer).toBe(true);
  expect(view?.articleDate).toBe('2023-06');
});

test('the article written while the same people lead: no difference to show', () => {
  // 2024雲棲大會: 劉偉光 already in post, 吳泳銘 acting since 2023-09-10.
  const view = buildEntityView(index, 'alibaba-cloud', { ...base, articleDate: '2024-09-19' });
  expect(view?.roles.filter((r) => r.atArticle).map((r) => r.name)).toEqual(
    view?.roles.filter((r) => r.current).map((r) => r.name),
  );
  expect(view?.rolesDiffer).toBe(false);
  expect(view?.articleDate).toBeUndefined();
});

test('relation chips: related entities once each, leaders first, with direction', () => {
  const view = buildEntityView(index, 'alibaba-cloud', base);
  const chips = view?.relations ?? [];
  expect(new Set(chips.map((c) => c.entityId)).size).toBe(chips.length);
  expect(chips[0]).toMatchObject({ entityId: 'wu-yongming', type: 'leads', direction: 'in' });
  expect(chips.length).toBeLessThanOrEqual(10);
  expect(chips.map((c) => c.entityId)).not.toContain('alibaba-cloud');
});

test('a fact reporting a claim says whose claim it is', () => {
  const ernie = buildEntityView(index, 'ernie-bot-4', base);
  const launch = ernie?.facts.find((f) => f.start === '2023-10-17');
  expect(launch?.attributedTo).toBe('李彥宏');
  expect(launch?.text).toContain('“毫不遜色”於GPT-4');
  expect(ernie?.facts.map((f) => f.attributedTo)).toEqual(['李彥宏', '李彥宏']);
  // An outlet's view: 深渡 on 阿里雲.
  const cloud = buildEntityView(index, 'alibaba-cloud', base);
  const shendu = cloud?.facts.find((f) => f.attributedTo !== undefined);
  expect(shendu).toMatchObject({ attributedTo: '深渡', start: '2023-11' });
  expect(sourceIdOf(cloud, shendu?.source ?? 0)).toBe('shendu-yunqi-2023');
  // A plain fact is nobody's claim.
  expect(cloud?.facts.find((f) => f.start === '2022-12-29')?.attributedTo).toBeUndefined();
});

test('a fact carries where a plan stands: the spin-off planned, then dropped on 2023-11-16', () => {
  const view = buildEntityView(index, 'alibaba-cloud-spin-off', base);
  expect(view?.facts.map((f) => [f.start, f.status])).toEqual([
    ['2023-03-28', 'planned'],
    ['2023-05-18', 'planned'],
    ['2023-09-10', 'planned'],
    ['2023-11-16', 'dropped'],
  ]);
  expect(sourceIdOf(view, view?.facts[3]?.source ?? 0)).toBe(
    'globaltimes-2023-11-17-cloud-spinoff-halted',
  );
  const ernie = buildEntityView(index, 'ernie-bot-4', base);
  expect(ernie?.facts.map((f) => f.status)).toEqual(['planned', 'done']);
});

test('a fact announced before it took effect carries the announcement date', () => {
  const view = buildEntityView(index, 'wu-yongming', { ...base, articleDate: '2023-09' });
  const ceo = view?.facts.find((f) => f.text.startsWith('阿里巴巴宣佈由他接替張勇出任集團CEO'));
  expect(ceo).toMatchObject({ start: '2023-09-10', announced: '2023-06-20' });
  expect(view?.facts.filter((f) => f.announced !== undefined)).toHaveLength(1);
});

test('facts dated after the article are marked later, and the card keeps room for them', () => {
  // The 深渡 article (2023-11): five facts up to it, four after; six fit.
  const view = buildEntityView(index, 'wu-yongming', { ...base, articleDate: '2023-11' });
  expect(view?.facts.map((f) => [f.start, f.later])).toEqual([
    ['2023-09-10', false],
    ['2023-10-31', false],
    ['2023-11-08', false],
    ['2023-11-16', false],
    ['2024-09-19', true],
    ['2025-02-24', true],
  ]);
  expect(view?.facts[1]?.attributedTo).toBe('深渡');
  // Day precision: a fact of the article's own day is not later.
  const sameDay = buildEntityView(index, 'alibaba-cloud-spin-off', {
    ...base,
    articleDate: '2023-09-10',
  });
  expect(sameDay?.facts.map((f) => f.later)).toEqual([false, false, false, true]);
  // No article date: nothing is later.
  expect(buildEntityView(index, 'alibaba-cloud-spin-off', base)?.facts.some((f) => f.later)).toBe(
    false,
  );
});

test('the description carries its source mark', () => {
  const wu = buildEntityView(index, 'wu-yongming', base);
  expect(sourceIdOf(wu, wu?.descriptionSource ?? 0)).toBe('scmp-2023-09-11-zhang-steps-down-cloud');
  // Cited once: the same source as his acting roles at 阿里雲.
  expect(wu?.descriptionSource).toBe(wu?.roles.find((r) => r.entityId === 'alibaba-cloud')?.source);
  const ernie = buildEntityView(index, 'ernie-bot-4', base);
  expect(sourceIdOf(ernie, ernie?.descriptionSource ?? 0)).toBe(
    'afp-prothomalo-2023-10-17-ernie-4',
  );
});

test('Simplified: names from the pack, texts converted from the stored Traditional', async () => {
  const toScript = await testToScript('hans');
  const view = buildEntityView(index, 'wu-yongming', {
    ...base,
    script: 'hans',
    toScript,
    articleDate: '2023-11',
  });
  expect(view?.name).toBe('吴泳铭');
  expect(view?.otherName).toBe('吳泳銘');
  expect(view?.lang).toBe('zh-Hans');
  expect(view?.description).toBe(
    '阿里巴巴集团CEO（2023年9月10日起），同日起代理阿里云智能集团董事长兼CEO；阿里巴巴创立时的技术负责人。',
  );
  expect(view?.roles.find((r) => r.entityId === 'alibaba-cloud')?.roles).toEqual(['CEO', '董事长']);
  expect(view?.roles.find((r) => r.entityId === 'alibaba-cloud')?.periodLabel).toBe(
    '2023年9月10日起（代理）',
  );
  expect(view?.facts[1]?.text).toMatch(/^深渡评论称，他在2023云栖大会上没有登台演讲/);
  expect(view?.sources.find((s) => s.id === 'shendu-yunqi-2023')?.title).toBe(
    '热闹的云栖大会,静悄悄的吴泳铭',
  );
  const ernie = buildEntityView(index, 'ernie-bot-4', { ...base, script: 'hans', toScript });
  expect(ernie?.facts.map((f) => f.attributedTo)).toEqual(['李彦宏', '李彦宏']);
});

test('an unknown entity has no view', () => {
  expect(buildEntityView(index, 'no-such-entity', base)).toBeNull();
});
