/**
 * In an entity's card: the closest related entities as buttons that open their
 * cards.
 */
import type { MessageKey } from '@/lib/i18n';
import type { RelationChip } from '@/lib/card/types';
import type { RelationType } from '@/lib/pack/types';
import { useT } from '../common/useT';

export type Props = {
  chips: readonly RelationChip[];
  onOpenEntity: (entityId: string) => void;
};

/** How the chip's entity relates to the card's entity, per direction: [out, in]. */
export const RELATION_LABELS: Record<RelationType, readonly [MessageKey, MessageKey]> = {
  leads: ['card_rel_leads_out', 'card_rel_leads_in'],
  chairs: ['card_rel_chairs_out', 'card_rel_chairs_in'],
  founded: ['card_rel_founded_out', 'card_rel_founded_in'],
  succeeded: ['card_rel_succeeded_out', 'card_rel_succeeded_in'],
  product_of: ['card_rel_product_of_out', 'card_rel_product_of_in'],
  part_of: ['card_rel_part_of_out', 'card_rel_part_of_in'],
  version_of: ['card_rel_version_of_out', 'card_rel_version_of_in'],
  competes_with: ['card_rel_competes_with_out', 'card_rel_competes_with_in'],
  announced_at: ['card_rel_announced_at_out', 'card_rel_announced_at_in'],
  spoke_at: ['card_rel_spoke_at_out', 'card_rel_spoke_at_in'],
  attended: ['card_rel_attended_out', 'card_rel_attended_in'],
  proposed: ['card_rel_proposed_out', 'card_rel_proposed_in'],
  organized_by: ['card_rel_organized_by_out', 'card_rel_organized_by_in'],
  located_in: ['card_rel_located_in_out', 'card_rel_located_in_in'],
  caused: ['card_rel_caused_out', 'card_rel_caused_in'],
  affected: ['card_rel_affected_out', 'card_rel_affected_in'],
  based_on: ['card_rel_based_on_out', 'card_rel_based_on_in'],
  works_for: ['card_rel_works_for_out', 'card_rel_works_for_in'],
};

export function RelationChips({ chips, onOpenEntity }: Props) {
  const t = useT();
  if (chips.length === 0) return null;
  return (
    <section class="section">
      <h3>{t('card_related_heading')}</h3>
      <ul class="chips">
        {chips.map((chip) => {
          const label = t(RELATION_LABELS[chip.type][chip.direction === 'out' ? 0 : 1]);
          return (
            <li key={chip.entityId}>
              <button
                type="button"
                class="chip"
                data-entity-link={chip.entityId}
                onClick={() => onOpenEntity(chip.entityId)}
              >
                <span>{chip.name}</span> <span class="chip-label">{chip.role ?? label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
