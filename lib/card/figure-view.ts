/**
 * A figure's card as plain data: the normalised value, and when the pack knows
 * the figure, what it measures, its change, what it was compared with, and
 * its peers of the same period.
 */
import { formatFigure, type FigureLocale } from '../figures';
import { shortPeriod } from './period';
import type { PackIndex } from '../pack/index-packs';
import type { FigureMention } from '../figures/types';
import type { Figure, FigureUnit } from '../pack/types';
import { nameIn } from './entity-view';
import { collectSources } from './source-refs';
import type {
  ComparisonItem,
  FigureView,
  KnownFigure,
  PeerBar,
  ShownScript,
  ToScript,
} from './types';

export interface FigureViewOptions {
  script: ShownScript;
  toScript: ToScript;
}

function localeOf(script: ShownScript): Exclude<FigureLocale, 'en'> {
  return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

export function buildFigureView(
  index: PackIndex,
  mention: Pick<FigureMention, 'figure' | 'link'>,
  options: FigureViewOptions,
): FigureView {
  const { kind, value, unit } = mention.figure;
  const locale = localeOf(options.script);
  const sources = collectSources(index, options.toScript);
  const linked = mention.link ? index.figureById.get(mention.link.figure.id) : undefined;
  const view: FigureView = {
    kind: 'figure',
    figureKind: kind,
    script: options.script,
    valueText: formatFigure(kind, value, unit, locale),
    englishValueText: formatFigure(kind, value, unit, 'en'),
    sources: [],
    lang: locale,
  };
  if (linked) {
    const known = knownFigure(index, linked, value, options, sources.cite);
    if (known) view.known = known;
    if (linked.qualifier !== undefined && Math.abs(linked.value - value) < 1e-9) {
      view.qualifier = linked.qualifier;
    }
  }
  view.sources = sources.list();
  return view;
}

function knownFigure(
  index: PackIndex,
  figure: Figure,
  shownValue: number,
  options: FigureViewOptions,
  cite: (sourceId: string) => number,
): KnownFigure | null {
  const owner = index.entityById.get(figure.entity);
  if (!owner) return null;
  const from = index.packOf(figure.id)?.textScript ?? 'zh-Hant';
  const convert = (text: string) => options.toScript(text, from);
  const locale = localeOf(options.script);
  const format = (v: number, u: FigureUnit) => formatFigure(figure.kind, v, u, locale);

  const comparisons: ComparisonItem[] = (figure.comparedWith ?? []).map((c) => {
    const item: ComparisonItem = {
      label: convert(c.label),
      valueText: format(c.value, c.unit),
      source: cite(c.source),
    };
    // Differences of percentages are points, not percent: shown for amounts only.
    if (c.unit === figure.unit && figure.unit !== '%') {
      const diff = figure.value - c.value;
      item.differenceText = (diff > 0 ? '+' : '') + format(diff, c.unit);
    }
    return item;
  });

  // The text may quote a comparison value (彭博預期的236億美元) that linked to this figure.
  const closest = [...(figure.comparedWith ?? [])].sort(
    (a, b) => Math.abs(a.value - shownValue) - Math.abs(b.value - shownValue),
  )[0];
  const quotesComparison =
    closest !== undefined &&
    Math.abs(closest.value - shownValue) < Math.abs(figure.value - shownValue);

  const known: KnownFigure = {
    figureId: figure.id,
    entityId: owner.id,
    entityName: nameIn(owner.names, options.script),
    metric: convert(figure.metric),
    periodLabel: periodText(figure, convert),
    comparisons,
    peers: peersOf(index, figure, options),
    source: cite(figure.source),
  };
  if (quotesComparison) known.comparisonLabel = convert(closest.label);
  if (figure.change) {
    known.changeText = formatFigure('growth', figure.change.value, figure.change.unit, locale);
    known.changeBasis = figure.change.basis;
  }
  if (figure.note !== undefined) known.note = convert(figure.note);
  return known;
}

/** The calendar period, then the company's fiscal label where it has one (2023年7–9月 · 2024財年第一季度). */
function periodText(figure: Figure, convert: (text: string) => string): string {
  const { start, end, label, fiscal } = figure.period;
  const calendar =
    label !== undefined ? convert(label) : end === undefined ? start : `${start} – ${end}`;
  return fiscal !== undefined ? `${calendar} · ${convert(fiscal)}` : calendar;
}

/**
 * The figure's peers: its own group's, or, for a figure of the same entity, kind and
 * period as a group member (the article's 19.4% where the release rounds to 19%), that
 * group's, with this figure standing in for the member.
 */
function peerFiguresOf(index: PackIndex, figure: Figure): readonly Figure[] {
  if (figure.peerGroup !== undefined) return index.figuresByPeerGroup.get(figure.peerGroup) ?? [];
  const { start, end } = figure.period;
  const twin = index
    .figuresOf(figure.entity)
    .find(
      (f) =>
        f.peerGroup !== undefined &&
        f.kind === figure.kind &&
        f.unit === figure.unit &&
        f.period.start === start &&
        f.period.end === end,
    );
  if (twin?.peerGroup === undefined) return [];
  return (index.figuresByPeerGroup.get(twin.peerGroup) ?? []).map((f) => (f === twin ? figure : f));
}

function peersOf(index: PackIndex, figure: Figure, options: FigureViewOptions): PeerBar[] {
  const group = peerFiguresOf(index, figure);
  if (group.length < 2) return [];
  const locale = localeOf(options.script);
  return group.flatMap((peer) => {
    const owner = index.entityById.get(peer.entity);
    if (!owner) return [];
    const bar: PeerBar = {
      figureId: peer.id,
      entityId: owner.id,
      name: nameIn(owner.names, options.script),
      value: peer.value,
      valueText: formatFigure(peer.kind, peer.value, peer.unit, locale),
      current: peer.id === figure.id,
    };
    const short = shortPeriod(peer.period);
    if (short !== undefined) bar.periodLabel = short;
    return [bar];
  });
}
