/**
 * Test data builders: small packs for matcher tests.
 */
import type { Alias, Entity, EntityType, Pack } from '../pack/types';
import { emptyPack } from '../pack/empty-pack';

export function fakeEntity(
  id: string,
  type: EntityType,
  hant: string,
  aliases: readonly (string | Alias)[] = [],
  names: { hans?: string; en?: string } = {},
): Entity {
  return {
    id,
    type,
    names: { 'zh-Hant': hant, 'zh-Hans': names.hans ?? hant, en: names.en ?? '' },
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
    description: `${hant}。`,
    facts: [],
  };
}

export function fakePack(entities: readonly Entity[], overrides: Partial<Pack> = {}): Pack {
  return emptyPack({ id: 'fake', entities: [...entities], ...overrides });
}
