import { buildEntityView } from './entity-view';
import { builtinIndex, testToScript } from './test-fixtures';
import type { ToScript } from './types';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
const base = { script: 'hant' as const, toScript: asStored, today: '2025-01-15' };

test('吳泳銘: names, type, description, facts with dates in order, sources', () => {
  const view = buildEntityView(index, 'wu-yongming', base);
  expect(view).not.toBeNull();
  expect(view?.name).toBe('吳泳銘');
  expect(view?.otherName).toBe('吴泳铭');
  expect(view?.englishName).toBe('Eddie Wu');
  expect(view?.type).toBe('person');
  expect(view?.description).toContain('阿里巴巴集團聯合創始人');
  expect(view?.facts.map((f) => f.start)).toEqual(['2023-09-10', '2023-09-10', '2023-10-31']);
  expect(view?.facts[0]?.periodLabel).toBe('2023年9月10日（教師節）');
  expect(view?.sources).toEqual([
    expect.objectContaining({ n: 1, id: 'shendu-yunqi-2023', outlet: '深渡', date: '2023-11' }),
  ]);
  expect(view?.facts.every((f) => f.source === 1)).toBe(true);
});

test('吳泳銘: his roles grouped per organisation, with dates, held now', () => {
  const view = buildEntityView(index, 'wu-yongming', base);
  const cloud = view?.roles.find((r) => r.entityId === 'alibaba-cloud');
  expect(cloud).toMatchObject({
    name: '阿里雲',
    roles: ['CEO', '董事長'],
    start: '2023-09-10',
    current: true,
  });
  expect(view?.roles.find((r) => r.entityId === 'alibaba-group')?.roles).toEqual(['CEO']);
  expect(view?.rolesDiffer).toBe(false);
});

test('roles now and at the article time differ for an article written before he took over', () => {
  const view = buildEntityView(index, 'wu-yongming', { ...base, articleDate: '2023-06-20' });
  expect(view?.rolesDiffer).toBe(true);
  expect(view?.articleDate).toBe('2023-06-20');
  expect(view?.roles.filter((r) => r.atArticle)).toEqual([]);
  expect(view?.roles.filter((r) => r.current).length).toBe(2);
});

test('阿里雲: who led it when, newest first, undated ones last', () => {
  const view = buildEntityView(index, 'alibaba-cloud', { ...base, articleDate: '2023-06' });
  expect(view?.roles.map((r) => [r.name, r.roles.join('/'), r.current, r.atArticle])).toEqual([
    ['吳泳銘', 'CEO/董事長', true, false],
    ['張勇', '負責人', false, true],
    ['張建鋒', '負責人', false, false],
    ['王堅', '阿里雲之父', false, false],
    ['周靖人', '', false, false],
  ]);
  expect(view?.roles[1]).toMatchObject({ start: '2022-12', end: '2023-09-10' });
  expect(view?.rolesDiffer).toBe(true);
});

test('the article written while the same people lead: no difference to show', () => {
  const view = buildEntityView(index, 'alibaba-cloud', { ...base, articleDate: '2023-11' });
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

test('Simplified: names from the pack, texts converted from the stored Traditional', async () => {
  const toScript = await testToScript('hans');
  const view = buildEntityView(index, 'wu-yongming', { ...base, script: 'hans', toScript });
  expect(view?.name).toBe('吴泳铭');
  expect(view?.otherName).toBe('吳泳銘');
  expect(view?.lang).toBe('zh-Hans');
  expect(view?.description).toBe(
    '阿里巴巴集团联合创始人之一，2023年9月10日起任阿里巴巴集团CEO，并兼任阿里云董事长和CEO。',
  );
  expect(view?.roles.find((r) => r.entityId === 'alibaba-cloud')?.roles).toEqual(['CEO', '董事长']);
  expect(view?.sources[0]?.title).toBe('热闹的云栖大会,静悄悄的吴泳铭');
});

test('an unknown entity has no view', () => {
  expect(buildEntityView(index, 'no-such-entity', base)).toBeNull();
});
