/**
 * In the popup's related context: the pack's figures of the same period as the
 * page's, as bar charts (the cards' chart).
 */
import type { PeerBar } from '@/lib/card/types';
import { formatFigure, type FigureLocale } from '@/lib/figures';
import type { PackView } from '@/lib/popup/pack-view';
import type { PeerGroup } from '@/lib/related/peers';
import { useT } from '../common/useT';
import { PeerChart } from '../card/PeerChart';
import { shortPeriod } from '@/lib/card/period';

export type Props = {
  groups: readonly PeerGroup[];
  view: PackView;
};

function figureLocale(view: PackView): FigureLocale {
  if (view.locale === 'en') return 'en';
  return view.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

const withPeriod = (periodLabel: string | undefined) => (periodLabel ? { periodLabel } : {});

export function PeerCharts({ groups, view }: Props) {
  const t = useT();
  if (groups.length === 0) return null;
  return (
    <section class="related-part" aria-labelledby="peers-heading">
      <h3 id="peers-heading">{t('popup_peers_heading')}</h3>
      {groups.map((group) => {
        const lead = group.figures.find((f) => group.onPage.includes(f.id)) ?? group.figures[0]!;
        const bars: PeerBar[] = group.figures.map((figure) => ({
          figureId: figure.id,
          entityId: figure.entity,
          name: view.name(figure.entity),
          value: figure.value,
          valueText: formatFigure(figure.kind, figure.value, figure.unit, figureLocale(view)),
          current: group.onPage.includes(figure.id),
          ...withPeriod(shortPeriod(figure.period)),
        }));
        return (
          <figure key={group.peerGroup} class="peer-figure" data-peer-group={group.peerGroup}>
            <PeerChart
              bars={bars}
              label={t('popup_peers_label', view.text(lead.metric, lead.id))}
              currentText={t('popup_peers_on_page')}
            />
            <figcaption class="hint">
              {t('popup_peers_label', view.text(lead.metric, lead.id))}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
