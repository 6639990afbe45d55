import { indexPacks } from './index-packs';
import { getBuiltinPacks } from './load';
import type { Entity, Pack } from './types';

function entity(id: string): Entity {
  return {
    id,
    type: 'org',
    names: { 'zh-Hant': id, 'zh-Hans': id, en: id },
    aliases: [],
    description: id,
    facts: [],
  };
}

function pack(id: string, entities: Entity[], extra: Partial<Pack> = {}): Pack {
  return {
    format: 1,
    id,
    version: '1',
    name: { 'zh-Hant': id, 'zh-Hans': id, en: id },
    textScript: 'zh-Hant',
    sources: [
      { id: `${id}-source`, title: 't', outlet: 'o', date: '2023', summary: 's', mentions: [] },
    ],
    entities,
    relations: [],
    figures: [],
    ...extra,
  };
}

test('looks up the seed pack’s entities, sources, relations and peers', () => {
  const index = indexPacks(getBuiltinPacks());
  expect(index.entityById.get('wu-yongming')?.names.en).toBe('Eddie Wu');
  expect(index.sourceById.get('shendu-yunqi-2023')?.outlet).toBe('深渡');
  expect(
    index.figuresByPeerGroup.get('cloud-growth-reported-2023-10')?.map((f) => f.entity),
  ).toEqual([
    'microsoft-intelligent-cloud',
    'azure',
    'alibaba-cloud',
    'baidu-ai-cloud',
    'tencent-fbs',
  ]);
  const ofWu = index.relationsOf('wu-yongming');
  expect(ofWu.length).toBeGreaterThan(0);
  expect(ofWu.every((r) => r.from === 'wu-yongming' || r.to === 'wu-yongming')).toBe(true);
  expect(
    index
      .relationsOf('daniel-zhang')
      .filter((r) => r.type === 'succeeded' && r.from === 'wu-yongming'),
  ).toHaveLength(2);
  expect(index.figuresOf('alibaba-cloud').map((f) => f.value)).toEqual([-2, 4]);
  expect(index.packOf('wu-yongming')?.textScript).toBe('zh-Hant');
});

test('unknown ids give empty answers, not errors', () => {
  const index = indexPacks(getBuiltinPacks());
  expect(index.relationsOf('nobody')).toEqual([]);
  expect(index.figuresOf('nobody')).toEqual([]);
  expect(index.entityById.get('nobody')).toBeUndefined();
  expect(index.packOf('nobody')).toBeUndefined();
});

test('the first pack keeps an id that two packs use; relations from both are kept', () => {
  const a = pack('a', [entity('x'), entity('y')], {
    relations: [{ type: 'part_of', from: 'x', to: 'y', source: 'a-source' }],
  });
  const second = { ...entity('x'), description: 'from b' };
  const b = pack('b', [second, entity('z')], {
    relations: [{ type: 'competes_with', from: 'z', to: 'x', source: 'b-source' }],
  });
  const index = indexPacks([a, b]);
  expect(index.entityById.get('x')?.description).toBe('x');
  expect(index.packOf('x')?.id).toBe('a');
  expect(index.packOf('z')?.id).toBe('b');
  expect(index.relationsOf('x').map((r) => r.type)).toEqual(['part_of', 'competes_with']);
});
