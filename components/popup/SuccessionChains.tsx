/**
 * In the popup's related context: who succeeded whom, oldest first: 張建鋒 → 張勇
 * (2022年12月) → 吳泳銘 (2023年9月10日).
 */
import type { PackView } from '@/lib/popup/pack-view';
import type { SuccessionChain } from '@/lib/related/succession';
import { PackText } from './PackText';
import { useT } from '../common/useT';

export type Props = {
  chains: readonly SuccessionChain[];
  view: PackView;
};

export function SuccessionChains({ chains, view }: Props) {
  const t = useT();
  if (chains.length === 0) return null;
  return (
    <section class="related-part" aria-labelledby="succession-heading">
      <h3 id="succession-heading">{t('popup_succession_heading')}</h3>
      {chains.map((chain) => {
        const context = chain.contextId === undefined ? '' : view.name(chain.contextId);
        const label = context ? t('popup_succession_at', context) : t('popup_succession_heading');
        return (
          <ol
            key={`${chain.contextId ?? ''}:${chain.steps.map((s) => s.entityId).join('>')}`}
            class="chain"
            aria-label={label}
          >
            {context && (
              <li class="chain-context" aria-hidden="true" lang={view.langOf(context)}>
                {context}
              </li>
            )}
            {chain.steps.map((step) => {
              const relation = step.relation;
              const when = relation?.period
                ? view.text(relation.period.label ?? relation.period.start, relation.from)
                : undefined;
              const role = relation?.role ? view.text(relation.role, relation.from) : undefined;
              return (
                <li key={step.entityId} class="chain-step">
                  <PackText view={view} class="name">
                    {view.name(step.entityId)}
                  </PackText>
                  {(role || when) && (
                    <PackText view={view} class="meta">
                      {[role, when].filter(Boolean).join(' · ')}
                    </PackText>
                  )}
                </li>
              );
            })}
          </ol>
        );
      })}
    </section>
  );
}
