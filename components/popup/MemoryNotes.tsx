/**
 * In the popup's related context: "You read about 吳泳銘 2 days ago:" and a link
 * back to that page.
 */
import { formatRelativeTime } from '@/lib/memory/relative-time';
import type { Recollection } from '@/lib/memory/reading-memory';
import type { PackView } from '@/lib/popup/pack-view';
import { bcp47 } from '@/lib/popup/ui-locale';
import { useT } from '../common/useT';

export type Props = {
  recollections: readonly Recollection[];
  view: PackView;
  /** Epoch milliseconds: "2 days ago" is counted from here. */
  now: number;
  limit?: number;
};

export function MemoryNotes({ recollections, view, now, limit = 4 }: Props) {
  const t = useT();
  if (recollections.length === 0) return null;
  return (
    <section class="related-part" aria-labelledby="memory-heading">
      <h3 id="memory-heading">{t('popup_memory_heading')}</h3>
      <ul class="plain-list memory">
        {recollections.slice(0, limit).map(({ entityId, page }) => (
          <li key={entityId}>
            {t('popup_memory_note', [
              view.name(entityId),
              formatRelativeTime(page.visitedAt, now, bcp47(view.locale)),
            ])}{' '}
            <a href={page.url} target="_blank" rel="noreferrer">
              {page.title || page.url}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
