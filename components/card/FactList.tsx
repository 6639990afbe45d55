/**
 * In an entity's card: key facts, oldest first, each with its date and the
 * source that states it; a plan's state, an announcement made before the date it
 * took effect, whose claim a fact reports, and what came after the article, each
 * said in words.
 */
import type { FactItem } from '@/lib/card/types';
import type { MessageKey } from '@/lib/i18n';
import type { FactStatus } from '@/lib/pack/types';
import { useT } from '../common/useT';
import { SourceMark } from './SourceList';

export type Props = {
  facts: readonly FactItem[];
};

const STATUS_KEYS: Record<FactStatus, MessageKey> = {
  planned: 'card_status_planned',
  done: 'card_status_done',
  dropped: 'card_status_dropped',
  ongoing: 'card_status_ongoing',
};

export function FactList({ facts }: Props) {
  const t = useT();
  if (facts.length === 0) return null;
  return (
    <section class="section" data-section="facts">
      <h3>{t('card_facts_heading')}</h3>
      <ul class="list">
        {facts.map((fact, i) => (
          <li key={i} data-later={fact.later ? 'true' : undefined}>
            <span class="when">{fact.periodLabel ?? fact.start}</span>
            {fact.later ? <span class="badge">{t('card_fact_later')}</span> : null}
            {fact.status !== undefined ? (
              <span class="badge" data-status={fact.status}>
                {t(STATUS_KEYS[fact.status])}
              </span>
            ) : null}{' '}
            {fact.attributedTo !== undefined ? (
              <span class="muted">{t('card_fact_claim', fact.attributedTo)} </span>
            ) : null}
            {fact.text}
            {fact.announced !== undefined ? (
              <span class="muted"> {t('card_fact_announced', fact.announced)}</span>
            ) : null}
            <SourceMark n={fact.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
