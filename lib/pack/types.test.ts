import { ENTITY_TYPES } from './types';

test('entity types match the public highlight names', () => {
  expect(ENTITY_TYPES).toEqual(['person', 'org', 'product', 'event', 'concept', 'place']);
});
