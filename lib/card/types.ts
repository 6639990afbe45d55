/**
 * View models of the hover cards: plain data made from the packs, with every
 * pack text already converted to the script the reader sees.
 */
import type { LinkReason } from '../match/types';
import type {
  EntityType,
  FactStatus,
  FigureKind,
  IsoDate,
  RelationType,
  TextScript,
} from '../pack/types';
import type { TargetScript } from '../convert/types';

/** The script a card is shown in. */
export type ShownScript = TargetScript;

/** Converts a pack text stored in `from` to the shown script (identity when they agree). */
export type ToScript = (text: string, from: TextScript) => string;

/** A source as cited on a card: `n` is its footnote number on that card. */
export interface SourceRef {
  n: number;
  id: string;
  title: string;
  outlet: string;
  date: IsoDate;
  url?: string;
}

export interface RoleItem {
  /** The other side: the organisation a person holds a role at, or the person leading an org. */
  entityId: string;
  name: string;
  /** Role texts as the pack gives them (`CEO`, `董事長`); the relation type when none. */
  roles: string[];
  relationType: RelationType;
  start?: IsoDate;
  end?: IsoDate;
  /** The pack's label for the period, when it has one. */
  periodLabel?: string;
  /** Holds today (started, not ended). */
  current: boolean;
  /** Held when the article was written. */
  atArticle: boolean;
  /** An acting or interim role. */
  acting: boolean;
  source: number;
}

export interface FactItem {
  text: string;
  start: IsoDate;
  periodLabel?: string;
  /** Announced on another day than it took effect. */
  announced?: IsoDate;
  status?: FactStatus;
  /** Whose claim or view the text reports. */
  attributedTo?: string;
  /** Dated after the article on the page: what changed since. */
  later: boolean;
  source: number;
}

export interface RelationChip {
  entityId: string;
  name: string;
  type: RelationType;
  /** `out`: this entity is the relation's `from`. */
  direction: 'out' | 'in';
  role?: string;
}

export interface EntityView {
  kind: 'entity';
  id: string;
  type: EntityType;
  script: ShownScript;
  name: string;
  /** The name in the other script, when it is written differently. */
  otherName?: string;
  englishName: string;
  description: string;
  /** The description's source, when the pack names one. */
  descriptionSource?: number;
  /** Newest first; undated ones last. */
  roles: RoleItem[];
  /** When given, and the roles held then differ from today's: the article's date. */
  articleDate?: IsoDate;
  rolesDiffer: boolean;
  /** Why a name that is also a common word was read as this entity (lib/match/context.ts). */
  linkReason?: LinkReason;
  facts: FactItem[];
  relations: RelationChip[];
  sources: SourceRef[];
  /** Attribute `lang` for pack text. */
  lang: TextScript;
}

export interface PeerBar {
  figureId: string;
  entityId: string;
  name: string;
  value: number;
  valueText: string;
  periodLabel?: string;
  current: boolean;
}

export interface ComparisonItem {
  label: string;
  valueText: string;
  /** The figure minus the comparison, formatted with a sign. */
  differenceText?: string;
  source: number;
}

export interface KnownFigure {
  figureId: string;
  entityId: string;
  entityName: string;
  metric: string;
  periodLabel: string;
  /** The mention is a comparison value of this figure (Bloomberg's 236億美元), not its own value. */
  comparisonLabel?: string;
  changeText?: string;
  changeBasis?: 'yoy' | 'qoq';
  comparisons: ComparisonItem[];
  note?: string;
  peers: PeerBar[];
  source: number;
}

export interface FigureView {
  kind: 'figure';
  figureKind: FigureKind;
  script: ShownScript;
  /** The normalised value in the shown script (`243億美元`) and in English (`US$24.3 billion`). */
  valueText: string;
  englishValueText: string;
  /** "More than" / "within" / "about", when the pack says so of this value. */
  qualifier?: 'gt' | 'lt' | 'about';
  known?: KnownFigure;
  sources: SourceRef[];
  lang: TextScript;
}

/** A short message in place of a card: a looked-up selection that no pack knows. */
interface NoticeView {
  kind: 'notice';
  text: string;
}

export type CardView = EntityView | FigureView | NoticeView;
