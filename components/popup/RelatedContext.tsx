/**
 * In the popup, below what the page mentions, what a reader wants beside the
 * page: relations, a timeline, peer figures, sources, memory. Its own chunk,
 * loaded with the packs' details once the popup's first view is shown
 * (load-related.ts): half of the popup's code is here.
 */
import { useMemo } from 'preact/hooks';
import type { PageState } from '@/lib/messages';
import type { Recollection } from '@/lib/memory/reading-memory';
import type { PackView } from '@/lib/popup/pack-view';
import { isEmptyContext, relatedContext } from '@/lib/related/related-context';
import { useT } from '../common/useT';
import { MemoryNotes } from './MemoryNotes';
import { PeerCharts } from './PeerCharts';
import { RelationList } from './RelationList';
import { SourceList } from './SourceList';
import { SuccessionChains } from './SuccessionChains';
import { Timeline } from './Timeline';

export type Props = {
  /** What the page mentions (its content script's answer). */
  entities: PageState['entities'];
  figures: PageState['figures'];
  recollections: readonly Recollection[];
  /** Over the whole packs, details joined: the related context reads their texts. */
  view: PackView;
  now: number;
};

export function RelatedContext({ entities, figures, recollections, view, now }: Props) {
  const t = useT();
  const context = useMemo(
    () =>
      relatedContext(view.index, {
        entityIds: entities.map((entity) => entity.id),
        figureIds: figures.flatMap((figure) => (figure.figureId ? [figure.figureId] : [])),
      }),
    [view.index, entities, figures],
  );
  const empty = isEmptyContext(context) && recollections.length === 0;
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('popup_related_heading')}</h2>
      {empty && <p class="hint">{t('popup_related_none')}</p>}
      <MemoryNotes recollections={recollections} view={view} now={now} />
      <SuccessionChains chains={context.chains} view={view} />
      <RelationList relations={context.relations} view={view} />
      <Timeline items={context.timeline} view={view} />
      <PeerCharts groups={context.peers} view={view} />
      <SourceList sources={context.sources} view={view} />
    </section>
  );
}
