/**
 * In the popup's related context: how the page's entities relate to each other,
 * one sentence each.
 */
import type { Relation } from '@/lib/pack/types';
import type { PackView } from '@/lib/popup/pack-view';
import { PackText } from './PackText';
import { ShowAll } from './ShowAll';
import { useT } from '../common/useT';
import { RELATION_LABELS } from './relation-labels';

export type Props = {
  relations: readonly Relation[];
  view: PackView;
  /** Shown before "show all". */
  limit?: number;
};

function RelationItem({ relation, view }: { relation: Relation; view: PackView }) {
  const t = useT();
  const role = relation.role ? view.text(relation.role, relation.from) : undefined;
  return (
    <li>
      <PackText view={view} class="name">
        {view.name(relation.from)}
      </PackText>{' '}
      <span class="verb">{t(RELATION_LABELS[relation.type])}</span>{' '}
      <PackText view={view} class="name">
        {view.name(relation.to)}
      </PackText>
      {role && (
        <span class="meta">
          {' · '}
          <PackText view={view}>{role}</PackText>
        </span>
      )}
    </li>
  );
}

export function RelationList({ relations, view, limit = 6 }: Props) {
  const t = useT();
  if (relations.length === 0) return null;
  const first = relations.slice(0, limit);
  const rest = relations.slice(limit);
  const key = (r: Relation) => `${r.type}:${r.from}:${r.to}:${r.role ?? ''}`;
  return (
    <section class="related-part" aria-labelledby="relations-heading">
      <h3 id="relations-heading">{t('popup_relations_heading')}</h3>
      <ul class="plain-list">
        {first.map((relation) => (
          <RelationItem key={key(relation)} relation={relation} view={view} />
        ))}
      </ul>
      {rest.length > 0 && (
        <ShowAll summary={t('popup_show_all', String(relations.length))}>
          {() => (
            <ul class="plain-list">
              {rest.map((relation) => (
                <RelationItem key={key(relation)} relation={relation} view={view} />
              ))}
            </ul>
          )}
        </ShowAll>
      )}
    </section>
  );
}
