/**
 * In the popup's related context: the timeline of the page's entities. Key
 * events first (handovers, events, people), the whole timeline behind "show
 * all".
 */
import type { PackView } from '@/lib/popup/pack-view';
import { keyEvents, type TimelineItem } from '@/lib/related/timeline';
import { PackText } from './PackText';
import { ShowAll } from './ShowAll';
import { useT } from '../common/useT';
import { RELATION_LABELS } from './relation-labels';

export type Props = {
  items: readonly TimelineItem[];
  view: PackView;
  limit?: number;
};

function ownerOf(item: TimelineItem): string {
  return item.kind === 'fact' ? item.entityId : item.relation.from;
}

function Entry({ item, view }: { item: TimelineItem; view: PackView }) {
  const t = useT();
  const owner = ownerOf(item);
  const when = view.text(item.period.label ?? item.period.start, owner);
  return (
    <li>
      <time dateTime={item.period.start} lang={view.langOf(when)}>
        {when}
      </time>
      {item.kind === 'fact' ? (
        <span>
          <PackText view={view} class="name">
            {view.name(item.entityId)}
          </PackText>
          : <PackText view={view}>{view.text(item.text, owner)}</PackText>
        </span>
      ) : (
        <span>
          <PackText view={view} class="name">
            {view.name(item.relation.from)}
          </PackText>{' '}
          {t(RELATION_LABELS.succeeded)}{' '}
          <PackText view={view} class="name">
            {view.name(item.relation.to)}
          </PackText>
          {item.relation.role && (
            <span class="meta">
              {' · '}
              <PackText view={view}>{view.text(item.relation.role, owner)}</PackText>
            </span>
          )}
        </span>
      )}
    </li>
  );
}

export function Timeline({ items, view, limit = 5 }: Props) {
  const t = useT();
  if (items.length === 0) return null;
  const first = keyEvents(view.index, items, limit);
  const key = (item: TimelineItem, i: number) => `${item.period.start}:${ownerOf(item)}:${i}`;
  return (
    <section class="related-part" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('popup_timeline_heading')}</h3>
      <ol class="timeline">
        {first.map((item, i) => (
          <Entry key={key(item, i)} item={item} view={view} />
        ))}
      </ol>
      {items.length > first.length && (
        <ShowAll summary={t('popup_show_all', String(items.length))}>
          {() => (
            <ol class="timeline">
              {items.map((item, i) => (
                <Entry key={key(item, i)} item={item} view={view} />
              ))}
            </ol>
          )}
        </ShowAll>
      )}
    </section>
  );
}
