import { indexPacks } from './index-packs';
import { getBuiltinWholePacks } from './builtin-whole';
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
  const index = indexPacks(getBuiltinWholePacks());
  expect(index.entityById.get('wu-yongming')?.names.en).toBe('Eddie Wu');
  expect(index.sourceById.get('shendu-yunqi-2023')).toMatchObject({
    outlet: '深渡',
    date: '2023-11',
  });
  expect(index.sourceById.get('shendu-yunqi-2023')?.mentions).toContain('wu-yongming');
  // Compiled peer groups: cloud-segment revenue growth of one calendar quarter.
  expect(
    index.figuresByPeerGroup
      .get('cloud-growth-2023q3')
      ?.map((f) => [f.entity, f.value, f.period.start, f.period.end]),
  ).toEqual([
    ['kingsoft-cloud', -17.5, '2023-07', '2023-09'],
    ['tencent-fbs', 16, '2023-07', '2023-09'],
    ['aws', 12, '2023-07', '2023-09'],
    ['google-cloud', 22, '2023-07', '2023-09'],
    ['microsoft-intelligent-cloud', 19, '2023-07', '2023-09'],
  ]);
  expect(index.figuresByPeerGroup.get('cloud-growth-reported-2023-10')).toBeUndefined();
  expect(index.figureById.get('msft-intelligent-cloud-revenue-2023q3')?.value).toBe(24300000000);
  const ofWu = index.relationsOf('wu-yongming');
  expect(ofWu.length).toBeGreaterThan(0);
  expect(ofWu.every((r) => r.from === 'wu-yongming' || r.to === 'wu-yongming')).toBe(true);
  expect(
    index
      .relationsOf('daniel-zhang')
      .filter((r) => r.type === 'succeeded' && r.from === 'wu-yongming'),
  ).toHaveLength(2);
  const ofCloud = index.figuresOf('alibaba-cloud');
  expect(ofCloud.every((f) => f.entity === 'alibaba-cloud')).toBe(true);
  expect(
    ofCloud
      .filter((f) => f.peerGroup === 'cloud-growth-2023q1' || f.peerGroup === 'cloud-growth-2023q2')
      .map((f) => [f.id, f.value]),
  ).toEqual([
    ['alibaba-cloud-revenue-2023q1-growth', -2],
    ['alibaba-cloud-revenue-2023q2-growth', 4],
  ]);
  expect(index.packOf('wu-yongming')?.textScript).toBe('zh-Hant');
});

test('unknown ids give empty answers, not errors', () => {
  const index = indexPacks(getBuiltinWholePacks());
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
