/**
 * At the foot of a card, "According to": each cited source with its outlet and
 * date, numbered as the marks in the card's text cite them (SourceMark).
 */
import type { SourceRef } from '@/lib/card/types';
import { useT } from '../common/useT';

export type Props = {
  sources: readonly SourceRef[];
};

// A pack may hold any string as a URL: only web links become links.
const isWebUrl = (url: string | undefined): url is string =>
  url !== undefined && /^https?:\/\//i.test(url);

export function SourceList({ sources }: Props) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section class="section sources">
      <h3>{t('card_according_to')}</h3>
      <ol class="list">
        {sources.map((source) => (
          <li key={source.id} data-source={source.id}>
            [{source.n}] {source.outlet}, {source.date}:{' '}
            {isWebUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                《{source.title}》
              </a>
            ) : (
              <cite>《{source.title}》</cite>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export type MarkProps = {
  n: number;
};

/** A footnote mark after a fact: which source says so. */
export function SourceMark({ n }: MarkProps) {
  const t = useT();
  if (n === 0) return null;
  return (
    <sup class="ref" aria-label={t('card_source_ref', String(n))}>
      [{n}]
    </sup>
  );
}
