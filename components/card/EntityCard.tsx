/**
 * The body of the card opened on an entity's name: its names, type, description,
 * roles over time, facts, relations and sources.
 */
import type { EntityView } from '@/lib/card/types';
import type { MessageKey } from '@/lib/i18n';
import type { LinkReason } from '@/lib/match/types';
import { useT } from '../common/useT';
import { FactList } from './FactList';
import { RelationChips } from './RelationChips';
import { RoleTimeline } from './RoleTimeline';
import { SourceList, SourceMark } from './SourceList';
import { TYPE_LABEL_KEYS as TYPE_LABELS } from '../common/type-labels';

/** Why a name that is also a common word was read as this entity, in words. */
const REASON_KEYS: Record<LinkReason, MessageKey> = {
  'related-nearby': 'card_why_related',
  'title-nearby': 'card_why_title',
  'forms-word': 'card_why_forms_word',
  'domain-words': 'card_why_domain_words',
};

export type Props = {
  view: EntityView;
  onOpenEntity: (entityId: string) => void;
};

export function EntityCard({ view, onOpenEntity }: Props) {
  const t = useT();
  const aka = [view.otherName, view.englishName].filter((n) => n !== undefined && n !== view.name);
  return (
    <>
      <header class="head">
        <div class="head-text">
          <h2 class="name">{view.name}</h2>
          {aka.length > 0 ? (
            <p class="aka">
              {view.otherName !== undefined ? (
                <span lang={view.lang === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant'}>{view.otherName}</span>
              ) : null}
              {view.otherName !== undefined && view.englishName !== view.name ? ' · ' : null}
              {view.englishName !== view.name ? <span lang="en">{view.englishName}</span> : null}
            </p>
          ) : null}
          <span class="type" data-type={view.type}>
            {t(TYPE_LABELS[view.type])}
          </span>
        </div>
      </header>
      {view.linkReason !== undefined ? (
        <p class="muted why" data-reason={view.linkReason}>
          {t(REASON_KEYS[view.linkReason])}
        </p>
      ) : null}
      <p class="desc">
        {view.description}
        {view.descriptionSource !== undefined ? <SourceMark n={view.descriptionSource} /> : null}
      </p>
      <RoleTimeline view={view} onOpenEntity={onOpenEntity} />
      <FactList facts={view.facts} />
      <RelationChips chips={view.relations} onOpenEntity={onOpenEntity} />
      <SourceList sources={view.sources} />
    </>
  );
}
