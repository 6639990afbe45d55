/**
 * Coverage of a corpus of passages, each listing the mentions a reader would
 * want explained: which listed mentions the extension highlights whole, which
 * highlights fall outside the lists (precision), which false friends it lights.
 * Pure functions over texts and highlights; run.ts feeds them the extension's
 * own matching.
 */

interface CorpusMention {
  /** The span as it stands in the passage. */
  text: string;
  /** A stable key for the thing (an English name), or `figure`. */
  entity: string;
  type: string;
}

export interface Passage {
  id: string;
  script: string;
  text: string;
  mentions: CorpusMention[];
  /** Strings in the text that must not be highlighted (false friends). */
  notMentions?: string[];
}

/** A highlight the extension draws: [start, end) in the passage's text. */
export interface Highlight {
  start: number;
  end: number;
  type: string;
  id: string;
}

export interface Span {
  start: number;
  end: number;
}

interface Occurrence extends Span {
  mention: CorpusMention;
}

export interface PassageResult {
  id: string;
  script: string;
  /** Listed mentions (every occurrence) and those one highlight covers whole. */
  mentions: { total: number; whole: number };
  /** Listed entities (keys, figures aside): found whole at least once / at every occurrence. */
  entities: { total: number; whole: number; wholeEverywhere: number };
  /** Listed figures (every occurrence) and those covered whole. */
  figures: { total: number; whole: number };
  /** Highlights, and those that touch no listed mention. */
  highlights: { total: number; outside: string[] };
  missed: string[];
  /** False friends that were lit. */
  litFalseFriends: string[];
  wholeKeys: Set<string>;
  keys: Set<string>;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Arabic, full-width and Chinese numerals: what makes a listed span a figure's value. */
const NUMERAL = /[0-9０-９零〇一二三四五六七八九十百千万萬亿億兩两]/;

/**
 * Whether one highlight shows the span [start, end) of `text` whole. An
 * entity's highlight covers its span (of `type`, when given). A figure's
 * highlight is its number and unit, while the words around it (同比增长, 超过,
 * 约) are read for its meaning, not drawn: it counts when one figure highlight
 * inside the span covers all its numerals.
 */
export function showsWhole(
  text: string,
  span: Span,
  highlights: readonly Highlight[],
  figure: boolean,
  type?: string,
): boolean {
  const covering = (h: Highlight) =>
    h.start <= span.start && h.end >= span.end && (type === undefined || h.type === type);
  if (highlights.some(covering)) return true;
  if (!figure) return false;
  const inside = highlights.filter(
    (h) => h.type === 'figure' && h.start >= span.start && h.end <= span.end,
  );
  if (inside.length !== 1) return false;
  const [h] = inside as [Highlight];
  for (let i = span.start; i < span.end; i++) {
    if ((i < h.start || i >= h.end) && NUMERAL.test(text[i]!)) return false;
  }
  return true;
}

/** Every occurrence of the listed spans, longest first, none inside another. */
export function occurrencesOf(passage: Passage): Occurrence[] {
  const found: Occurrence[] = [];
  const listed = [...passage.mentions].sort((a, b) => b.text.length - a.text.length);
  for (const mention of listed) {
    for (let at = passage.text.indexOf(mention.text); at >= 0;) {
      const span = { start: at, end: at + mention.text.length };
      if (!found.some((o) => overlaps(o, span))) found.push({ ...span, mention });
      at = passage.text.indexOf(mention.text, at + 1);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function measurePassage(passage: Passage, highlights: readonly Highlight[]): PassageResult {
  const occurrences = occurrencesOf(passage);
  const coveredWhole = (o: Occurrence) =>
    showsWhole(passage.text, o, highlights, o.mention.entity === 'figure');
  const keys = new Set<string>();
  const wholeKeys = new Set<string>();
  const partlyMissed = new Set<string>();
  const missed: string[] = [];
  let whole = 0;
  let figures = 0;
  let figuresWhole = 0;
  for (const o of occurrences) {
    const isWhole = coveredWhole(o);
    if (isWhole) whole++;
    else missed.push(o.mention.text);
    if (o.mention.entity === 'figure') {
      figures++;
      if (isWhole) figuresWhole++;
      continue;
    }
    keys.add(o.mention.entity);
    if (isWhole) wholeKeys.add(o.mention.entity);
    else partlyMissed.add(o.mention.entity);
  }
  const outside = highlights
    .filter((h) => !occurrences.some((o) => overlaps(o, h)))
    .map((h) => passage.text.slice(h.start, h.end));
  const litFalseFriends = (passage.notMentions ?? []).filter((text) => {
    for (let at = passage.text.indexOf(text); at >= 0; at = passage.text.indexOf(text, at + 1)) {
      const span = { start: at, end: at + text.length };
      if (highlights.some((h) => overlaps(h, span))) return true;
    }
    return false;
  });
  return {
    id: passage.id,
    script: passage.script,
    mentions: { total: occurrences.length, whole },
    entities: {
      total: keys.size,
      whole: wholeKeys.size,
      wholeEverywhere: [...wholeKeys].filter((k) => !partlyMissed.has(k)).length,
    },
    figures: { total: figures, whole: figuresWhole },
    highlights: { total: highlights.length, outside },
    missed: [...new Set(missed)],
    litFalseFriends,
    wholeKeys,
    keys,
  };
}

export interface CorpusTotals {
  passages: number;
  mentions: { total: number; whole: number };
  /** Entity keys counted once per passage. */
  entities: { total: number; whole: number; wholeEverywhere: number };
  /** Entity keys counted once in the corpus: found whole in some passage. */
  distinctEntities: { total: number; whole: number };
  figures: { total: number; whole: number };
  highlights: { total: number; outside: number };
  litFalseFriends: number;
}

export function totalsOf(results: readonly PassageResult[]): CorpusTotals {
  const sum = (pick: (r: PassageResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const keys = new Set(results.flatMap((r) => [...r.keys]));
  const wholeKeys = new Set(results.flatMap((r) => [...r.wholeKeys]));
  return {
    passages: results.length,
    mentions: { total: sum((r) => r.mentions.total), whole: sum((r) => r.mentions.whole) },
    entities: {
      total: sum((r) => r.entities.total),
      whole: sum((r) => r.entities.whole),
      wholeEverywhere: sum((r) => r.entities.wholeEverywhere),
    },
    distinctEntities: { total: keys.size, whole: wholeKeys.size },
    figures: { total: sum((r) => r.figures.total), whole: sum((r) => r.figures.whole) },
    highlights: {
      total: sum((r) => r.highlights.total),
      outside: sum((r) => r.highlights.outside.length),
    },
    litFalseFriends: sum((r) => r.litFalseFriends.length),
  };
}
