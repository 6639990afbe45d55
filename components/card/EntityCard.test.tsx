import { buildEntityView } from '@/lib/card/entity-view';
import { builtinIndex, hostileIndex, testToScript } from '@/lib/card/test-fixtures';
import type { EntityView, ToScript } from '@/lib/card/types';
import type { PackIndex } from '@/lib/pack/index-packs';
import { Card } from './Card';
import { getByRole, queryAllByRole, renderInto, textOf, unmount } from './test-render';

const index = builtinIndex();
const asStored: ToScript = (text) => text;
let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

function fakeEntityView(
  id: string,
  overrides: Partial<Parameters<typeof buildEntityView>[2]> = {},
  from: PackIndex = index,
): EntityView {
  const view = buildEntityView(from, id, {
    script: 'hant',
    toScript: asStored,
    today: '2025-01-15',
    ...overrides,
  });
  if (!view) throw new Error(`no view for ${id}`);
  return view;
}

function renderCard(view: EntityView, onOpenEntity = vi.fn<(id: string) => void>()) {
  container = renderInto(
    <Card view={view} theme={undefined} onClose={() => {}} onOpenEntity={onOpenEntity} />,
  );
  return { dialog: getByRole(container, 'dialog', view.name), onOpenEntity };
}

test('吳泳銘: a labelled dialog with his names, type and description', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming'));
  expect(dialog.dataset.entity).toBe('wu-yongming');
  expect(getByRole(dialog, 'heading', '吳泳銘')).toBeTruthy();
  expect(textOf(dialog.querySelector('.aka'))).toBe('吴泳铭 · Eddie Wu');
  expect(textOf(dialog.querySelector('.type'))).toBe('Person');
  expect(textOf(dialog.querySelector('.desc'))).toContain('2023年9月10日起任阿里巴巴集團CEO');
});

test('吳泳銘: roles now and at the article time are told apart in words', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming', { articleDate: '2023-06' }));
  const roles = dialog.querySelector('[data-section="roles"]');
  expect(textOf(roles)).toContain('Roles changed since the article (2023-06).');
  const cloud = roles?.querySelector('[data-role-of="alibaba-cloud"]');
  expect(textOf(cloud)).toBe('阿里雲 CEO / 董事長 · 2023年9月10日（教師節）now[1]');
  expect(roles?.querySelectorAll('.badge.then').length).toBe(0);
});

test('阿里雲: who led it when, with the leader at the article time marked', () => {
  const { dialog } = renderCard(fakeEntityView('alibaba-cloud', { articleDate: '2023-06' }));
  const zhang = dialog.querySelector('[data-role-of="daniel-zhang"]');
  expect(textOf(zhang)).toContain('張勇 負責人 · 2022年12月至2023年9月10日');
  expect(textOf(zhang?.querySelector('.badge'))).toBe("at the article's time");
  expect(textOf(dialog.querySelector('[data-role-of="zhou-jingren"]'))).toBe('周靖人 staff[1]');
});

test('facts carry their dates and a mark citing the source listed below', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming'));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  expect(facts.length).toBe(3);
  expect(textOf(facts[2])).toMatch(/^2023年10月31日 雲棲大會開幕當天.*\[1\]$/);
  expect(getByRole(dialog, 'heading', 'According to')).toBeTruthy();
  expect(textOf(dialog.querySelector('[data-source="shendu-yunqi-2023"]'))).toBe(
    '[1] 深渡, 2023-11: 《熱鬧的雲棲大會,靜悄悄的吳泳銘》',
  );
  expect(dialog.querySelector('sup.ref')?.getAttribute('aria-label')).toBe('Source 1');
});

test('relation chips are buttons that open the related entity', () => {
  const { dialog, onOpenEntity } = renderCard(fakeEntityView('wu-yongming'));
  const chip = getByRole(dialog, 'button', '張勇 阿里雲董事長兼CEO');
  chip.click();
  expect(onOpenEntity).toHaveBeenCalledWith('daniel-zhang');
  expect(getByRole(dialog, 'button', '2023雲棲大會 attended')).toBeTruthy();
});

test('Simplified: names and texts follow the variant', async () => {
  const toScript = await testToScript('hans');
  const { dialog } = renderCard(fakeEntityView('wu-yongming', { script: 'hans', toScript }));
  expect(dialog.getAttribute('aria-label')).toBe('吴泳铭');
  expect(dialog.lang).toBe('zh-Hans');
  expect(textOf(dialog.querySelector('.desc'))).toBe(
    '阿里巴巴集团联合创始人之一，2023年9月10日起任阿里巴巴集团CEO，并兼任阿里云董事长和CEO。',
  );
  expect(textOf(dialog.querySelector('.aka'))).toBe('吳泳銘 · Eddie Wu');
  expect(textOf(dialog.querySelector('[data-source]'))).toContain(
    '《热闹的云栖大会,静悄悄的吴泳铭》',
  );
});

test('hostile pack text is shown as text: no element is made from it', () => {
  const markup = '<img src=x onerror=alert(1)>';
  const { dialog } = renderCard(
    fakeEntityView('wu-yongming', {}, hostileIndex('wu-yongming', markup)),
  );
  expect(textOf(dialog.querySelector('.desc'))).toBe(markup);
  expect(textOf(dialog.querySelector('[data-section="facts"]'))).toContain(markup);
  expect(dialog.querySelector('img')).toBeNull();
  expect(document.querySelector('img')).toBeNull();
});
