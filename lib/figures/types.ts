/**
 * The shapes of a figure read from text: what the parser finds in a number
 * (ParsedFigure, with its period), the entities it is linked with, and the
 * mention a page highlights (FigureMention).
 */
import type { Figure, FigureKind, FigureUnit } from '../pack/types';

export interface ParsedPeriod {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
  fiscal?: boolean;
  relative?: 'this' | 'last' | 'next';
  /** What `relative` counts in: 上個季度 is the last quarter, 去年 the last year. */
  relativeTo?: 'year' | 'quarter';
}

export interface ParsedFigure {
  /** UTF-16 offsets into the text given (end exclusive). */
  start: number;
  end: number;
  kind: FigureKind;
  /** Normalised: 243億美元 → 24300000000; 19.4% → 19.4; 2%的負增長 → -2; 十二小時 → 12. */
  value: number;
  unit: FigureUnit;
  /** The upper end of a range, normalised like `value`: 0.5B到72B → 500000000 to 72000000000. */
  to?: number;
  /** 超過十二小時 → gt; 12個月內 → lt; 約/左右 → about. */
  qualifier?: 'gt' | 'lt' | 'about';
  /** A period stated before it in the same sentence (今年一季度 … 2%的負增長). */
  period?: ParsedPeriod;
  /**
   * Place value of the last digit shown (243億 → 1e8, 19.4% → 0.1): how far a
   * known figure may be from `value` and still be what the text rounded.
   */
  step?: number;
}

export interface FigureLink {
  figure: Figure;
  via: 'value' | 'comparison';
  comparisonIndex?: number;
}

/**
 * A figure of the industry found in a text (lib/match/find-mentions.ts): what
 * the page highlights, the card explains and the popup counts.
 */
export interface FigureMention {
  kind: 'figure';
  /** UTF-16 offsets into the text matched (end exclusive). */
  start: number;
  end: number;
  /** Without its stated period: read only where linking needed it (see linkFigure). */
  figure: ParsedFigure;
  /**
   * The pack's figure it is, when it is one: worked out when first read, for a
   * figure findMentions found (lib/match/found-figure.ts).
   */
  readonly link?: FigureLink;
  /**
   * Its sentence names no entity, only the industry's metric words (營收, 同比): it
   * counts on a page that names some entity, not on a house auction's.
   */
  ambiguous?: boolean;
}
