/**
 * A bar chart shown in a figure's card and in the popup's related context
 * (PeerCharts.tsx). The figure beside its peers: one row per peer, its name (and
 * its period, where the peers' periods differ: each company reports its own
 * quarter), its and value written out, the card's own figure hatched, outlined
 * and named in words, so nothing depends on colour. Negative values grow left of
 * zero.
 */
import { useId } from 'preact/hooks';
import type { PeerBar } from '@/lib/card/types';

export type Props = {
  bars: readonly PeerBar[];
  /** The chart's accessible name (what is compared). */
  label: string;
  /** Words that mark the figure the card is about ("this figure"). */
  currentText: string;
};

const WIDTH = 320;
const ROW = 38;
const BAR = 12;
const PAD = 2;

export function PeerChart({ bars, label, currentText }: Props) {
  const patternId = `pz-hatch-${useId()}`;
  if (bars.length === 0) return null;
  const values = bars.map((b) => b.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const x = (v: number) => PAD + ((v - min) / span) * (WIDTH - 2 * PAD);
  const zero = x(0);
  const height = bars.length * ROW + 4;
  const showPeriods = new Set(bars.map((b) => b.periodLabel)).size > 1;
  const periodOf = (b: PeerBar) => (showPeriods && b.periodLabel ? ` · ${b.periodLabel}` : '');
  const summary = `${label}: ${bars
    .map((b) => `${b.name}${periodOf(b)} ${b.valueText}${b.current ? ` (${currentText})` : ''}`)
    .join(', ')}`;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
    >
      <title>{summary}</title>
      <defs>
        <pattern
          id={patternId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect class="hatch-bg" width="6" height="6" />
          <line class="hatch" x1="3" y1="0" x2="3" y2="6" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const top = i * ROW;
        const left = Math.min(zero, x(bar.value));
        const width = Math.max(Math.abs(x(bar.value) - zero), 1);
        return (
          <g
            key={bar.figureId}
            data-peer={bar.entityId}
            data-current={bar.current ? 'true' : undefined}
          >
            <text x={PAD} y={top + 14} class={bar.current ? 'current-text' : undefined}>
              {bar.current ? `▶ ${bar.name}（${currentText}）` : bar.name}
              {showPeriods && bar.periodLabel ? (
                <tspan class="period">{` · ${bar.periodLabel}`}</tspan>
              ) : null}
            </text>
            <text
              x={WIDTH - PAD}
              y={top + 14}
              text-anchor="end"
              class={bar.current ? 'current-text' : undefined}
            >
              {bar.valueText}
            </text>
            <rect
              class={bar.current ? 'bar bar-current' : 'bar'}
              x={left}
              y={top + 20}
              width={width}
              height={BAR}
              rx="2"
              // Inline: a presentation attribute would lose to the stylesheet's fill.
              style={bar.current ? { fill: `url(#${patternId})` } : undefined}
            />
          </g>
        );
      })}
      <line class="axis" x1={zero} x2={zero} y1={0} y2={height} />
    </svg>
  );
}
