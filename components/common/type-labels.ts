/**
 * The UI string of each entity type, shared by cards, the popup and the options.
 */
import type { MessageKey } from '@/lib/i18n';
import type { EntityType } from '@/lib/pack/types';

export const TYPE_LABEL_KEYS: Readonly<Record<EntityType, MessageKey>> = {
  person: 'card_type_person',
  org: 'card_type_org',
  product: 'card_type_product',
  event: 'card_type_event',
  concept: 'card_type_concept',
  place: 'card_type_place',
};
