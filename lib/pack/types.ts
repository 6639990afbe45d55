/**
 * The knowledge-pack format: JSON data, never code.
 *
 * Texts are stored once, in the script the pack declares (`textScript`); the
 * other script is made with opencc-js when shown. Names are the exception:
 * they are stored in both scripts (and English) because they drive matching
 * and must win over a dictionary's guess when a page is converted.
 *
 * The runtime validator lives in `lib/pack/validate.ts` (kept out of the
 * content script's start-up path: the built-in pack is validated in tests).
 */

export const PACK_FORMAT = 1;

export type EntityType = 'person' | 'org' | 'product' | 'event' | 'concept' | 'place';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'org',
  'product',
  'event',
  'concept',
  'place',
];

/** A script tag for stored Chinese text. */
export type TextScript = 'zh-Hant' | 'zh-Hans';

/** An ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;

/** A period: a date (`2023-10-31`) or a span. `label` is how a reader says it (`2023年第二季度`). */
export interface Period {
  start: IsoDate;
  /** Inclusive end; absent for a single day/month/year or an open span. */
  end?: IsoDate;
  /** Shown to a reader, in the pack's text script. */
  label?: string;
  /** The company's own label where its fiscal year is not the calendar's (`2024財年第一季度`). */
  fiscal?: string;
}

/**
 * Names are matched without conditions, so they must be unambiguous: a short
 * form that is also a common word (飛天, 千帆, 達摩院) goes in `aliases`,
 * marked ambiguous, and the name is the longer form (飛天操作系統).
 */
export interface EntityNames {
  'zh-Hant': string;
  'zh-Hans': string;
  en: string;
}

export interface Alias {
  /** As written on pages, in any script (matching folds script, width and case). */
  text: string;
  /**
   * Also a common word or another thing's name (飛天, 倚天, 千帆). An ambiguous
   * alias counts only when the page holds evidence.
   */
  ambiguous?: boolean;
  /**
   * Entity ids whose unambiguous mention on the same page is evidence for this
   * alias. The alias's own entity, mentioned unambiguously, always counts.
   */
  evidence?: string[];
}

/** Where a plan or a change stands, as of its source. */
export const FACT_STATUSES = ['planned', 'done', 'dropped', 'ongoing'] as const;

export type FactStatus = (typeof FACT_STATUSES)[number];

export interface Fact {
  /** In the pack's text script. */
  text: string;
  /** When the fact holds or happened (the effective date). */
  period: Period;
  /** When it was announced, where that is not when it took effect. */
  announced?: IsoDate;
  status?: FactStatus;
  /** Whose claim or opinion this is (a person, an outlet): the text reports it, not the pack. */
  attributedTo?: string;
  /** Source id. */
  source: string;
}

export interface Entity {
  /** Stable slug: lower-case ASCII, digits and hyphens (`wu-yongming`). */
  id: string;
  type: EntityType;
  names: EntityNames;
  aliases: Alias[];
  /** One or two sentences, in the pack's text script. */
  description: string;
  /** The source that supports the description (source id). */
  source?: string;
  /**
   * Its Chinese names are also widely used outside the industry: a common
   * personal name (張勇, 王堅), a city (北京). They then count only with a sign
   * nearby (a title, a related entity) or another of its names on the page.
   */
  commonName?: boolean;
  facts: Fact[];
}

export const RELATION_TYPES = [
  'leads',
  'chairs',
  'founded',
  'succeeded',
  'product_of',
  'part_of',
  'version_of',
  'competes_with',
  'announced_at',
  'spoke_at',
  'attended',
  'proposed',
  'organized_by',
  'located_in',
  'caused',
  'affected',
  'based_on',
  'works_for',
] as const;

/** `from` <type> `to`: 吳泳銘 leads 阿里雲; 倚天710 announced_at 2021雲棲大會. */
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** What the relation holds as, e.g. the role (`CEO`), in the pack's text script. */
  role?: string;
  /** For `succeeded`: in which role/at which entity (entity id). */
  context?: string;
  period?: Period;
  /** An acting or interim role. */
  acting?: boolean;
  /** When it was announced, where that is not when it took effect. */
  announced?: IsoDate;
  source: string;
}

export const FIGURE_KINDS = ['amount', 'growth', 'percent', 'duration', 'count'] as const;

export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Units after normalisation (see lib/figures). */
export const FIGURE_UNITS = [
  'USD',
  'CNY',
  'HKD',
  'TWD',
  '%',
  'h',
  'd',
  'month',
  'year',
  '',
] as const;

export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** How a figure changed against an earlier period (243億美元, 同比增長19.4%). */
interface FigureChange {
  value: number;
  unit: FigureUnit;
  /** `yoy`: against the same period a year before; `qoq`: against the period before. */
  basis: 'yoy' | 'qoq';
}

interface FigureComparison {
  /** What it was compared with, e.g. `彭博預期` (analysts' estimate), in the pack's text script. */
  label: string;
  value: number;
  unit: FigureUnit;
  source: string;
}

export interface Figure {
  /** Stable slug. */
  id: string;
  /** Whose metric (entity id). */
  entity: string;
  /** What it measures, in the pack's text script (`智能雲營收同比增長`). */
  metric: string;
  /** Peers share a `peerGroup` (the same metric across entities, same period). */
  peerGroup?: string;
  kind: FigureKind;
  /** Normalised value: amounts in units (24300000000), percentages as 19.4. */
  value: number;
  unit: FigureUnit;
  /** `gt` for "more than" (超過十二小時), `lt` for "within" (12個月內). */
  qualifier?: 'gt' | 'lt' | 'about';
  period: Period;
  /** The change against an earlier period, when the source gives one. */
  change?: FigureChange;
  comparedWith?: FigureComparison[];
  /** A note on the meaning, in the pack's text script. */
  note?: string;
  source: string;
}

export interface Source {
  id: string;
  title: string;
  outlet: string;
  date: IsoDate;
  url?: string;
  /** In the pack's text script. */
  summary: string;
  /** Entity ids the source mentions. */
  mentions: string[];
}

export interface Pack {
  format: typeof PACK_FORMAT;
  id: string;
  version: string;
  name: EntityNames;
  /** The script every stored text (descriptions, facts, labels, summaries) is written in. */
  textScript: TextScript;
  sources: Source[];
  entities: Entity[];
  relations: Relation[];
  figures: Figure[];
}
