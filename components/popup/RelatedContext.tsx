/**
 * In the popup, below what the page mentions, what a reader wants beside the
 * page: relations, a timeline, peer figures, sources, memory.
 */
import type { Recollection } from '@/lib/memory/reading-memory';
import type { PackView } from '@/lib/popup/pack-view';
import { isEmptyContext, type RelatedContext as Related } from '@/lib/related/related-context';
import { useT } from '../common/useT';
import { MemoryNotes } from './MemoryNotes';
import { PeerCharts } from './PeerCharts';
import { RelationList } from './RelationList';
import { SourceList } from './SourceList';
import { SuccessionChains } from './SuccessionChains';
import { Timeline } from './Timeline';

export type Props = {
  context: Related;
  recollections: readonly Recollection[];
  view: PackView;
  now: number;
};

export function RelatedContext({ context, recollections, view, now }: Props) {
  const t = useT();
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
