/**
 * The body of the card opened on a figure (an amount, a growth rate, a duration)
 * of the page. A figure: its normalised value, and what the pack knows of it
 * (measure, change, peers).
 */
import type { FigureView } from '@/lib/card/types';
import type { MessageKey } from '@/lib/i18n';
import type { FigureKind } from '@/lib/pack/types';
import { useT } from '../common/useT';
import { PeerChart } from './PeerChart';
import { SourceList, SourceMark } from './SourceList';

export type Props = {
  view: FigureView;
  onOpenEntity: (entityId: string) => void;
};

const KIND_LABELS: Record<FigureKind, MessageKey> = {
  amount: 'card_kind_amount',
  growth: 'card_kind_growth',
  percent: 'card_kind_percent',
  duration: 'card_kind_duration',
  count: 'card_kind_count',
};

const QUALIFIERS = {
  gt: 'card_qualifier_gt',
  lt: 'card_qualifier_lt',
  about: 'card_qualifier_about',
} as const satisfies Record<string, MessageKey>;

/** The figure's value as shown, with its qualifier ("more than 12小時"). */
export function figureHeadline(view: FigureView, t: (key: MessageKey, sub?: string) => string) {
  return view.qualifier ? t(QUALIFIERS[view.qualifier], view.valueText) : view.valueText;
}

export function FigureCard({ view, onOpenEntity }: Props) {
  const t = useT();
  const known = view.known;
  return (
    <>
      <header class="head">
        <div class="head-text">
          <h2 class="value">{figureHeadline(view, t)}</h2>
          {view.englishValueText !== view.valueText ? (
            <p class="aka" lang="en">
              {view.englishValueText}
            </p>
          ) : null}
          <span class="type" data-kind={view.figureKind}>
            {t(KIND_LABELS[view.figureKind])}
          </span>
        </div>
      </header>
      {known ? (
        <>
          <p class="desc">
            <button type="button" class="link" onClick={() => onOpenEntity(known.entityId)}>
              {known.entityName}
            </button>{' '}
            · {known.metric}
            <SourceMark n={known.source} />
          </p>
          {known.comparisonLabel !== undefined ? (
            <p class="muted">{t('card_quotes_comparison', known.comparisonLabel)}</p>
          ) : null}
          <dl class="rows">
            <dt>{t('card_period')}</dt>
            <dd>{known.periodLabel}</dd>
            {known.changeText !== undefined ? (
              <>
                <dt>{t('card_kind_growth')}</dt>
                <dd>
                  {t(
                    known.changeBasis === 'qoq' ? 'card_change_qoq' : 'card_change_yoy',
                    known.changeText,
                  )}
                </dd>
              </>
            ) : null}
            {known.comparisons.length > 0 ? (
              <>
                <dt>{t('card_compared_with')}</dt>
                <dd>
                  {known.comparisons.map((c, i) => (
                    <div key={i} data-comparison>
                      {c.label} {c.valueText}
                      {c.differenceText !== undefined ? (
                        <span class="when"> ({c.differenceText})</span>
                      ) : null}
                      <SourceMark n={c.source} />
                    </div>
                  ))}
                </dd>
              </>
            ) : null}
            {known.note !== undefined ? (
              <>
                <dt>{t('card_note')}</dt>
                <dd>{known.note}</dd>
              </>
            ) : null}
          </dl>
          {known.peers.length > 0 ? (
            <section class="section" data-section="peers">
              <h3>{t('card_peers_heading')}</h3>
              <PeerChart
                bars={known.peers}
                label={t('card_chart_label', known.metric)}
                currentText={t('card_peer_current')}
              />
            </section>
          ) : null}
        </>
      ) : (
        <p class="desc muted">{t('card_unknown_figure')}</p>
      )}
      <SourceList sources={view.sources} />
    </>
  );
}
