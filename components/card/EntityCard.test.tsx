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
  expect(textOf(dialog.querySelector('.desc'))).toMatch(
    /^阿里巴巴集團CEO（2023年9月10日起），同日起代理阿里雲智能集團董事長兼CEO；/,
  );
});

test('the description carries the mark of its source', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming'));
  const mark = dialog.querySelector('.desc sup.ref');
  expect(textOf(mark)).toBe('[2]');
  expect(mark?.getAttribute('aria-label')).toBe('Source 2');
  expect(textOf(dialog.querySelector('.desc'))).toBe(
    '阿里巴巴集團CEO（2023年9月10日起），同日起代理阿里雲智能集團董事長兼CEO；阿里巴巴創立時的技術負責人。[2]',
  );
  expect(
    textOf(dialog.querySelector('[data-source="scmp-2023-09-11-zhang-steps-down-cloud"]')),
  ).toBe(
    '[2] South China Morning Post, 2023-09-11: 《Former Alibaba CEO Daniel Zhang steps down from cloud unit in surprise move amid leadership transition》',
  );
});

test('吳泳銘: roles now and at the article time are told apart in words', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming', { articleDate: '2023-06' }));
  const roles = dialog.querySelector('[data-section="roles"]');
  expect(textOf(roles)).toContain('Roles changed since the article (2023-06).');
  const cloud = roles?.querySelector('[data-role-of="alibaba-cloud"]');
  expect(textOf(cloud)).toBe('阿里雲 CEO / 董事長acting · 2023年9月10日起（代理）now[2]');
  expect(textOf(roles?.querySelector('[data-role-of="taotian-group"]'))).toBe(
    '淘天集團 董事長 · 2023年6月時在任now[1]',
  );
  expect(roles?.querySelectorAll('.badge.then').length).toBe(0);
});

test('an acting role is marked acting in words; a role held in full is not', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming'));
  const roles = dialog.querySelector('[data-section="roles"]')!;
  const cloud = roles.querySelector('[data-role-of="alibaba-cloud"]');
  expect([...(cloud?.querySelectorAll('.badge') ?? [])].map(textOf)).toEqual(['acting']);
  const group = roles.querySelector('[data-role-of="alibaba-group"]');
  expect(textOf(group)).toBe('阿里巴巴集團 CEO · 2023年9月10日起[1]');
  expect(group?.querySelector('.badge')).toBeNull();
  expect(
    [...roles.querySelectorAll('li')].filter((li) => textOf(li).includes('acting')).length,
  ).toBe(1);
});

test('阿里雲: who led it when, with the leader at the article time marked', () => {
  const { dialog } = renderCard(fakeEntityView('alibaba-cloud', { articleDate: '2023-06' }));
  const zhang = dialog.querySelectorAll('[data-role-of="daniel-zhang"]');
  expect([...zhang].map(textOf)).toEqual([
    "張勇 阿里雲智能集團董事長兼CEO · 2023年至9月10日at the article's time[1]",
    "張勇 阿里雲智能總裁（代理）acting · 2022年12月29日起，至2023年9月10日卸任at the article's time[2]",
  ]);
  expect(textOf(zhang[0]?.querySelector('.badge'))).toBe("at the article's time");
  expect(textOf(dialog.querySelector('[data-role-of="wu-yongming"]'))).toBe(
    '吳泳銘 CEO / 董事長acting · 2023年9月10日起（代理）now[1]',
  );
  expect(textOf(dialog.querySelector('[data-role-of="zhang-jianfeng"]'))).toBe(
    '張建鋒 阿里雲智能總裁 · 約2018年至2022年12月29日[2]',
  );
});

test('a role the pack gives no title is named by its relation', () => {
  const { dialog } = renderCard(fakeEntityView('huawei'));
  expect(textOf(dialog.querySelector('[data-role-of="ren-zhengfei"]'))).toMatch(
    /^任正非 founded by\[\d+\]$/,
  );
});

test('facts carry their dates and a mark citing the source listed below', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming'));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  expect(facts.length).toBe(6);
  expect(textOf(facts[2])).toMatch(/^2024年9月19日 在2024雲棲大會上以集團CEO.*\[6\]$/);
  expect(getByRole(dialog, 'heading', 'According to')).toBeTruthy();
  const infoq = dialog.querySelector('[data-source="infoq-2024-09-19-yunqi-2024"]');
  expect(textOf(infoq)).toMatch(/^\[6\] InfoQ, 2024-09-19: 《.+》$/);
  expect(infoq?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
  expect(facts[2]?.querySelector('sup.ref')?.getAttribute('aria-label')).toBe('Source 6');
  expect(dialog.querySelector('sup.ref')?.getAttribute('aria-label')).toBe('Source 2');
});

test('a fact reporting a claim says whose claim it is', () => {
  const { dialog } = renderCard(fakeEntityView('ernie-bot-4'));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  expect(textOf(facts[1])).toMatch(
    /^2023年10月17日done 李彥宏 says: 正式發佈。李彥宏稱其理解、生成、邏輯和記憶能力“毫不遜色”於GPT-4；.*\[2\]$/,
  );
  expect(textOf(facts[0])).toMatch(/^2023年8月22日（預告）planned 李彥宏 says: 李彥宏預告/);
  unmount(container!);
  const wu = renderCard(fakeEntityView('wu-yongming', { articleDate: '2023-11' })).dialog;
  const shendu = queryAllByRole(wu.querySelector('[data-section="facts"]')!, 'listitem').find(
    (li) => textOf(li).includes('深渡評論稱'),
  );
  expect(textOf(shendu)).toMatch(/^2023年10月31日 深渡 says: 深渡評論稱，他在2023雲棲大會上/);
});

test('a fact’s status is said in words: the spin-off planned, then dropped', () => {
  const { dialog } = renderCard(fakeEntityView('alibaba-cloud-spin-off'));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  expect(facts.map((li) => textOf(li.querySelector('[data-status]')))).toEqual([
    'planned',
    'planned',
    'planned',
    'dropped',
  ]);
  expect(facts[3]?.querySelector('[data-status]')?.getAttribute('data-status')).toBe('dropped');
  expect(textOf(facts[3])).toMatch(
    /^2023年11月16日dropped 宣佈不再推進完全分拆，理由是美國擴大先進芯片出口限制帶來不確定性。\[\d+\]$/,
  );
});

test('a fact announced before it took effect says when it was announced', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming', { articleDate: '2023-09' }));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  const ceo = facts.find((li) => textOf(li).includes('出任集團CEO'));
  expect(textOf(ceo)).toMatch(
    /^2023年9月10日生效 阿里巴巴宣佈由他接替張勇出任集團CEO.*\(announced 2023-06-20\)\[\d+\]$/,
  );
});

test('facts after the article carry the "after the article" badge', () => {
  const { dialog } = renderCard(fakeEntityView('wu-yongming', { articleDate: '2023-11' }));
  const facts = queryAllByRole(dialog.querySelector('[data-section="facts"]')!, 'listitem');
  expect(facts.map((li) => li.getAttribute('data-later'))).toEqual([
    null,
    null,
    null,
    null,
    'true',
    'true',
  ]);
  expect(textOf(facts[4])).toMatch(/^2024年9月19日after the article 在2024雲棲大會上/);
  expect(textOf(facts[5])).toMatch(/^2025年2月24日after the article 宣佈阿里巴巴未來三年/);
  expect(facts.slice(0, 4).some((li) => textOf(li).includes('after the article'))).toBe(false);
});

test('relation chips are buttons that open the related entity', () => {
  const { dialog, onOpenEntity } = renderCard(fakeEntityView('wu-yongming'));
  const chip = getByRole(dialog, 'button', '張勇 阿里雲智能集團董事長兼CEO（代理）');
  chip.click();
  expect(onOpenEntity).toHaveBeenCalledWith('daniel-zhang');
  expect(getByRole(dialog, 'button', '2023雲棲大會 attended')).toBeTruthy();
});

test('Simplified: names and texts follow the variant', async () => {
  const toScript = await testToScript('hans');
  const { dialog } = renderCard(
    fakeEntityView('wu-yongming', { script: 'hans', toScript, articleDate: '2023-11' }),
  );
  expect(dialog.getAttribute('aria-label')).toBe('吴泳铭');
  expect(dialog.lang).toBe('zh-Hans');
  expect(textOf(dialog.querySelector('.desc'))).toBe(
    '阿里巴巴集团CEO（2023年9月10日起），同日起代理阿里云智能集团董事长兼CEO；阿里巴巴创立时的技术负责人。[2]',
  );
  expect(textOf(dialog.querySelector('.aka'))).toBe('吳泳銘 · Eddie Wu');
  expect(textOf(dialog.querySelector('[data-source="shendu-yunqi-2023"]'))).toContain(
    '《热闹的云栖大会,静悄悄的吴泳铭》',
  );
});

test('hostile pack text is shown as text: no element is made from it', () => {
  const markup = '<img src=x onerror=alert(1)>';
  // Dated to show the pack's first fact (2023-09-10), made hostile with its claimant.
  const { dialog } = renderCard(
    fakeEntityView(
      'wu-yongming',
      { articleDate: '2023-09-10' },
      hostileIndex('wu-yongming', markup),
    ),
  );
  expect(textOf(dialog.querySelector('.desc'))).toBe(`${markup}[2]`);
  const facts = textOf(dialog.querySelector('[data-section="facts"]'));
  expect(facts).toContain(`${markup} says: ${markup}`);
  expect(dialog.querySelector('img')).toBeNull();
  expect(document.querySelector('img')).toBeNull();
});

test('a name that is also a common word says, in words, why it was read as this entity', () => {
  const plain = renderCard(fakeEntityView('daniel-zhang')).dialog;
  expect(plain.querySelector('.why')).toBeNull();
  unmount(container!);
  const view = { ...fakeEntityView('daniel-zhang'), linkReason: 'title-nearby' as const };
  const { dialog } = renderCard(view);
  const why = dialog.querySelector<HTMLElement>('.why');
  expect(why?.dataset.reason).toBe('title-nearby');
  expect(textOf(why)).toBe('Read as this person because of the title beside the name.');
});
