/**
 * In the popup's related context: the packs' source articles that mention the
 * same entities, most shared first.
 */
import type { PackView } from '@/lib/popup/pack-view';
import type { SourceMatch } from '@/lib/related/sources';
import { PackText } from './PackText';
import { useT } from '../common/useT';

export type Props = {
  sources: readonly SourceMatch[];
  view: PackView;
  limit?: number;
};

export function SourceList({ sources, view, limit = 5 }: Props) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section class="related-part" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('popup_sources_heading')}</h3>
      <ul class="plain-list sources">
        {sources.slice(0, limit).map(({ source, shared }) => {
          const title = view.text(source.title, source.id);
          return (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer" lang={view.langOf(title)}>
                  {title}
                </a>
              ) : (
                <PackText view={view} class="source-title">
                  {title}
                </PackText>
              )}
              <span class="meta">
                {' '}
                · <PackText view={view}>{view.text(source.outlet, source.id)}</PackText> ·{' '}
                {source.date} · {t('popup_sources_shared', String(shared.length))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
