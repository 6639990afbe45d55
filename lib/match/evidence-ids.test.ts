import { describe, expect, test } from 'vitest';
import { getBuiltinPacks } from '../pack/builtin-bundled';
import type { Pack, Relation } from '../pack/types';
import { getEvidenceOf, hasEvidenceAmong } from './evidence-ids';
import { fakeEntity, fakePack } from './fake-pack';

const rel = (type: Relation['type'], from: string, to: string): Relation => ({
  type,
  from,
  to,
  source: '',
});

const zhang = {
  ...fakeEntity('zhang-yong', 'person', '張勇', [
    { text: '逍遙子', ambiguous: true, evidence: ['taobao', 'alibaba'] },
  ]),
  commonName: true,
};
const packs: readonly Pack[] = [
  fakePack(
    [
      fakeEntity('qianfan', 'product', '千帆', [
        { text: '千帆', ambiguous: true, evidence: ['baidu', 'baidu-cloud'] },
        { text: 'Qianfan', ambiguous: true, evidence: ['baidu-cloud', 'ernie'] },
      ]),
      zhang,
      fakeEntity('alibaba', 'org', '阿里巴巴'),
      fakeEntity('alibaba-cloud', 'org', '阿里雲'),
      fakeEntity('baidu', 'org', '百度'),
    ],
    {
      relations: [
        rel('leads', 'zhang-yong', 'alibaba-cloud'),
        rel('part_of', 'alibaba-cloud', 'alibaba'),
        rel('founded', 'baidu', 'zhang-yong'),
        rel('competes_with', 'alibaba-cloud', 'baidu'),
      ],
    },
  ),
];

describe('evidence ids', () => {
  test("an entity's own id comes first, then its ambiguous aliases' evidence, pooled once", () => {
    expect(getEvidenceOf(packs)('qianfan')).toEqual(['qianfan', 'baidu', 'baidu-cloud', 'ernie']);
    expect(getEvidenceOf(packs)('baidu')).toEqual(['baidu']);
  });

  test('an id no pack knows is its own only evidence', () => {
    expect(getEvidenceOf(packs)('nobody')).toEqual(['nobody']);
  });

  test('a common name adds the entities related to it either way, and what those are part of', () => {
    expect(getEvidenceOf(packs)('zhang-yong')).toEqual([
      'zhang-yong',
      'taobao',
      'alibaba',
      'alibaba-cloud',
      'baidu',
    ]);
    // Not a common name: its relations say nothing for it.
    expect(getEvidenceOf(packs)('alibaba-cloud')).toEqual(['alibaba-cloud']);
  });

  test("an id in two packs takes the later pack's aliases, and a common name from either", () => {
    const later = fakePack([fakeEntity('zhang-yong', 'person', '張勇')], {
      id: 'later',
      relations: [
        rel('spoke_at', 'zhang-yong', 'yunqi-2023'),
        rel('part_of', 'yunqi-2023', 'yunqi'),
      ],
    });
    expect(getEvidenceOf([...packs, later])('zhang-yong')).toEqual([
      'zhang-yong',
      'alibaba-cloud',
      'alibaba',
      'baidu',
      'yunqi-2023',
      'yunqi',
    ]);
  });

  test('each pack list answers from one index, and an entity is worked out once', () => {
    const evidenceOf = getEvidenceOf(packs);
    expect(getEvidenceOf(packs)).toBe(evidenceOf);
    expect(evidenceOf('zhang-yong')).toBe(evidenceOf('zhang-yong'));
  });

  test('an ambiguous name counts when one of its evidence ids is present', () => {
    const hasEvidence = hasEvidenceAmong(packs);
    expect(hasEvidence('qianfan', (id) => id === 'ernie')).toBe(true);
    expect(hasEvidence('qianfan', (id) => id === 'alibaba')).toBe(false);
    expect(hasEvidence('nobody', (id) => id === 'nobody')).toBe(true);
  });

  test('the built-in pack: every entity has itself first and each id once', () => {
    const builtin = getBuiltinPacks();
    const evidenceOf = getEvidenceOf(builtin);
    for (const entity of builtin.flatMap((pack) => pack.entities)) {
      const ids = evidenceOf(entity.id);
      expect(ids[0]).toBe(entity.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
