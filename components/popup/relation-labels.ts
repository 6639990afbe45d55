/**
 * "A <label> B": the cards' wording of each relation, read from its `from` side.
 * Used by the popup's relation list and timeline.
 */
import type { MessageKey } from '@/lib/i18n';
import type { RelationType } from '@/lib/pack/types';

export const RELATION_LABELS: Record<RelationType, MessageKey> = {
  leads: 'card_rel_leads_out',
  chairs: 'card_rel_chairs_out',
  founded: 'card_rel_founded_out',
  succeeded: 'card_rel_succeeded_out',
  product_of: 'card_rel_product_of_out',
  part_of: 'card_rel_part_of_out',
  version_of: 'card_rel_version_of_out',
  competes_with: 'card_rel_competes_with_out',
  announced_at: 'card_rel_announced_at_out',
  spoke_at: 'card_rel_spoke_at_out',
  attended: 'card_rel_attended_out',
  proposed: 'card_rel_proposed_out',
  organized_by: 'card_rel_organized_by_out',
  located_in: 'card_rel_located_in_out',
  caused: 'card_rel_caused_out',
  affected: 'card_rel_affected_out',
  based_on: 'card_rel_based_on_out',
  works_for: 'card_rel_works_for_out',
};
