/**
 * The format pack authors write (assets/packs/<id>/*.json, see
 * assets/packs/AUTHORING.md): the pack's own format with what a compiler can
 * derive left out. Texts are written in Simplified Chinese and stored in the
 * pack's text script; `zh-Hant` names are derived unless given; sources list
 * no mentions; a cloud segment's quarterly revenue brings its growth figure.
 */
import type { Alias, EntityType, Fact, Figure, Pack, Relation, Source } from '../types';

export type PackMeta = Pick<Pack, 'format' | 'id' | 'version' | 'name' | 'textScript'>;

export interface SourceEntity {
  id: string;
  type: EntityType;
  names: { 'zh-Hans': string; en: string; 'zh-Hant'?: string };
  aliases?: Alias[];
  description: string;
  source?: string;
  commonName?: boolean;
  facts?: Fact[];
}

export interface SourceFigure extends Figure {
  /** Quarterly revenue of a company's cloud segment: adds its growth figure to the quarter's peers. */
  cloudSegment?: boolean;
}

interface PackSourceFile {
  sources?: Omit<Source, 'mentions'>[];
  entities?: SourceEntity[];
  relations?: Relation[];
  figures?: SourceFigure[];
}

/** One authored file, as read: its name (for error messages) and parsed JSON. */
export interface NamedSourceFile {
  name: string;
  content: PackSourceFile;
}
