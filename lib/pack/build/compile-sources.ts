/**
 * Compiles a pack's authored source files into the pack the extension ships:
 * texts into the pack's script, derived names, cloud-segment growth figures and
 * their peer groups, each source's mentions. Every entry remembers the file it
 * came from, so a validation error names the author's file and position.
 */
import type { ConvertText } from '../../convert/types';
import type { PackError } from '../check-pack-references';
import type { Entity, Fact, Figure, Pack, Period, Relation, Source } from '../types';
import type { NamedSourceFile, PackMeta, SourceEntity, SourceFigure } from './source-file';

export interface CompiledPack {
  pack: Pack;
  /** Where each compiled entry came from: `entities[12]` → `alibaba.json entities[3]`. */
  origin: Map<string, string>;
}

type Origins = Map<string, string>;

export function compilePackSources(
  meta: PackMeta,
  files: readonly NamedSourceFile[],
  /** Simplified → the pack's text script. */
  convert: ConvertText,
): CompiledPack {
  const origin: Origins = new Map();
  const sources: Source[] = [];
  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const figures: Figure[] = [];
  const place = <T>(list: T[], field: string, item: T, file: string, at: number) => {
    origin.set(`${field}[${list.length}]`, `${file} ${field}[${at}]`);
    list.push(item);
  };

  for (const { name, content } of files) {
    // A source's title stays as on its page; its outlet and summary are ours, in the pack's script.
    content.sources?.forEach((s, i) => {
      const compiled = { ...s, outlet: convert(s.outlet), summary: convert(s.summary) };
      place(sources, 'sources', { ...compiled, mentions: [] }, name, i);
    });
    content.entities?.forEach((e, i) =>
      place(entities, 'entities', compileEntity(e, convert), name, i),
    );
    content.relations?.forEach((r, i) =>
      place(relations, 'relations', compileRelation(r, convert), name, i),
    );
    content.figures?.forEach((f, i) => {
      for (const figure of compileFigure(f, convert)) place(figures, 'figures', figure, name, i);
    });
  }

  fillMentions(sources, entities, relations, figures);
  return {
    pack: { ...meta, sources, entities, relations, figures },
    origin,
  };
}

/** Error paths of the compiled pack, pointed back at the authored files. */
export function locateErrors(errors: readonly PackError[], origin: Origins): string[] {
  return errors.map(({ path, message }) => {
    const match = /^(\w+\[\d+\])(.*)$/.exec(path);
    const where = match ? `${origin.get(match[1]!) ?? match[1]}${match[2]}` : path || '(pack)';
    return `${where}: ${message}`;
  });
}

/** Width and Latin case folded: matching treats two such spellings as one. */
const spelling = (text: string) => text.normalize('NFKC').toLowerCase();

function compileEntity(entity: SourceEntity, convert: ConvertText): Entity {
  const { names, aliases, description, source, facts, ...rest } = entity;
  const compiledNames = {
    'zh-Hant': names['zh-Hant'] ?? convert(names['zh-Hans']),
    'zh-Hans': names['zh-Hans'],
    en: names.en,
  };
  // An alias that only respells a name or an earlier alias (Jensen Huang, jensen huang) adds
  // nothing to matching: dropped here rather than refused.
  const seen = new Set(Object.values(compiledNames).map(spelling));
  const distinct = (aliases ?? []).filter((alias) => {
    const key = spelling(alias.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    ...rest,
    names: compiledNames,
    aliases: distinct,
    description: convert(description),
    ...(source !== undefined ? { source } : {}),
    facts: (facts ?? []).map((fact) => compileFact(fact, convert)),
  };
}

function compileFact(fact: Fact, convert: ConvertText): Fact {
  return {
    ...fact,
    text: convert(fact.text),
    period: compilePeriod(fact.period, convert),
    ...(fact.attributedTo !== undefined ? { attributedTo: convert(fact.attributedTo) } : {}),
  };
}

function compileRelation(relation: Relation, convert: ConvertText): Relation {
  return {
    ...relation,
    ...(relation.role !== undefined ? { role: convert(relation.role) } : {}),
    ...(relation.period ? { period: compilePeriod(relation.period, convert) } : {}),
  };
}

function compilePeriod(period: Period, convert: ConvertText): Period {
  return {
    ...period,
    ...(period.label !== undefined ? { label: convert(period.label) } : {}),
    ...(period.fiscal !== undefined ? { fiscal: convert(period.fiscal) } : {}),
  };
}

/** A figure, and for a cloud segment's quarterly revenue its growth figure among the quarter's peers. */
function compileFigure(authored: SourceFigure, convert: ConvertText): Figure[] {
  const { cloudSegment, ...figure } = authored;
  const compiled: Figure = {
    ...figure,
    metric: convert(figure.metric),
    period: compilePeriod(figure.period, convert),
    ...(figure.note !== undefined ? { note: convert(figure.note) } : {}),
    ...(figure.comparedWith
      ? { comparedWith: figure.comparedWith.map((c) => ({ ...c, label: convert(c.label) })) }
      : {}),
  };
  if (cloudSegment !== true) return [compiled];
  const quarter = calendarQuarter(figure.period);
  const change = figure.change;
  if (!quarter || change?.basis !== 'yoy' || change.unit !== '%') return [compiled];
  const growth: Figure = {
    id: `${figure.id}-growth`,
    entity: figure.entity,
    metric: convert(`${figure.metric}同比增长`),
    peerGroup: `cloud-growth-${quarter}`,
    kind: 'growth',
    value: change.value,
    unit: '%',
    period: compiled.period,
    ...(compiled.note !== undefined ? { note: compiled.note } : {}),
    source: figure.source,
  };
  return [compiled, growth];
}

/** `2023q3` for a period of exactly July–September 2023 (months given); else undefined. */
export function calendarQuarter(period: Period): string | undefined {
  const start = /^(\d{4})-(\d{2})$/.exec(period.start);
  const end = period.end !== undefined ? /^(\d{4})-(\d{2})$/.exec(period.end) : null;
  if (!start || !end || start[1] !== end[1]) return undefined;
  const first = Number(start[2]);
  const last = Number(end[2]);
  if (first % 3 !== 1 || last !== first + 2) return undefined;
  return `${start[1]}q${(first + 2) / 3}`;
}

/** Each source mentions the entities whose descriptions, facts, relations or figures cite it. */
function fillMentions(
  sources: Source[],
  entities: readonly Entity[],
  relations: readonly Relation[],
  figures: readonly Figure[],
): void {
  const bySource = new Map<string, Set<string>>();
  const cite = (source: string | undefined, ...ids: string[]) => {
    if (source === undefined) return;
    let set = bySource.get(source);
    if (!set) bySource.set(source, (set = new Set()));
    for (const id of ids) set.add(id);
  };
  for (const entity of entities) {
    cite(entity.source, entity.id);
    for (const fact of entity.facts) cite(fact.source, entity.id);
  }
  for (const relation of relations) cite(relation.source, relation.from, relation.to);
  for (const figure of figures) {
    cite(figure.source, figure.entity);
    for (const c of figure.comparedWith ?? []) cite(c.source, figure.entity);
  }
  for (const source of sources) source.mentions = [...(bySource.get(source.id) ?? [])];
}
