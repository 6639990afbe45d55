/**
 * In an entity's card, roles with dates: a person's posts, or who led an
 * organisation when. Where the roles held today differ from those when the
 * article was written, each says which it is, in words (not colour alone).
 */
import type { EntityView, RoleItem } from '@/lib/card/types';
import { formatSpan } from '@/lib/card/period';
import { useT } from '../common/useT';
import { RELATION_LABELS } from './RelationChips';
import { SourceMark } from './SourceList';

export type Props = {
  view: EntityView;
  onOpenEntity: (entityId: string) => void;
};

function when(role: RoleItem): string | null {
  if (role.periodLabel !== undefined) return role.periodLabel;
  if (role.start === undefined) return null;
  return formatSpan(role.start, role.end, role.current);
}

export function RoleTimeline({ view, onOpenEntity }: Props) {
  const t = useT();
  if (view.roles.length === 0) return null;
  const heading = view.type === 'person' ? t('card_roles_heading') : t('card_people_heading');
  return (
    <section class="section" data-section="roles">
      <h3>{heading}</h3>
      {view.rolesDiffer && view.articleDate !== undefined ? (
        <p class="muted">{t('card_roles_changed', view.articleDate)}</p>
      ) : null}
      <ul class="list">
        {view.roles.map((role) => {
          const span = when(role);
          const roles =
            role.roles.length > 0
              ? role.roles.join(' / ')
              : t(RELATION_LABELS[role.relationType][view.type === 'person' ? 0 : 1]);
          return (
            <li key={`${role.entityId}|${role.start ?? ''}`} data-role-of={role.entityId}>
              <button type="button" class="link" onClick={() => onOpenEntity(role.entityId)}>
                {role.name}
              </button>{' '}
              {roles}
              {role.acting ? <span class="badge">{t('card_role_acting')}</span> : null}
              {span !== null ? <span class="when"> · {span}</span> : null}
              {view.rolesDiffer && role.current ? (
                <span class="badge">{t('card_role_now')}</span>
              ) : null}
              {view.rolesDiffer && role.atArticle ? (
                <span class="badge then">{t('card_role_then')}</span>
              ) : null}
              <SourceMark n={role.source} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
