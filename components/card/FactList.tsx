import type { FactItem } from '@/lib/card/types';
import { useT } from '../common/useT';
import { SourceMark } from './SourceList';

export type Props = {
  facts: readonly FactItem[];
};

/** Key facts, oldest first, each with its date and the source that states it. */
export function FactList({ facts }: Props) {
  const t = useT();
  if (facts.length === 0) return null;
  return (
    <section class="section" data-section="facts">
      <h3>{t('card_facts_heading')}</h3>
      <ul class="list">
        {facts.map((fact, i) => (
          <li key={i}>
            <span class="when">{fact.periodLabel ?? fact.start}</span> {fact.text}
            <SourceMark n={fact.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
