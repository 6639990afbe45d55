/**
 * A pack in two parts: the core that matching and highlighting need at page
 * start (entities' names and aliases, figures' values and periods, which entity
 * relates to which) and the details that only a card or the popup reads
 * (descriptions, dated facts, what figures measure, relations with their roles,
 * periods and sources; sources). The
 * content script ships the core of the built-in pack and loads its details on
 * first use, so what a page pays at start does not grow with the facts.
 */
import type { Alias, Entity, EntityNames, Fact, Figure, Pack, Relation, Source } from './types';

interface EntityDetails {
  description: string;
  source?: string;
  facts: Fact[];
}

export interface PackDetails {
  /** The pack these details complete. */
  id: string;
  entities: Record<string, EntityDetails>;
  /** Whole, in the core's order. */
  relations: Relation[];
  /** Whole, in the core's order. */
  figures: Figure[];
  sources: Source[];
}

/** Splits a whole pack; `joinPack(core, details)` gives it back. */
export function splitPack(pack: Pack): { core: Pack; details: PackDetails } {
  const entities: Record<string, EntityDetails> = {};
  const coreEntities = pack.entities.map(({ description, source, facts, ...names }): Entity => {
    entities[names.id] = { description, ...(source !== undefined ? { source } : {}), facts };
    return { ...names, description: '', facts: [] };
  });
  // Matching and figure linking read only who relates to whom, and how.
  const coreRelations = pack.relations.map(({ type, from, to }): Relation => ({
    type,
    from,
    to,
    source: '',
  }));
  // Linking a figure reads its value, unit, period, owner and the values it was compared
  // with; what it measures and where it comes from are the card's.
  const coreFigures = pack.figures.map(
    ({
      id,
      entity,
      peerGroup,
      kind,
      value,
      unit,
      qualifier,
      period,
      change,
      comparedWith,
    }): Figure => ({
      id,
      entity,
      metric: '',
      ...(peerGroup !== undefined ? { peerGroup } : {}),
      kind,
      value,
      unit,
      ...(qualifier !== undefined ? { qualifier } : {}),
      period: { start: period.start, ...(period.end !== undefined ? { end: period.end } : {}) },
      ...(change !== undefined ? { change } : {}),
      ...(comparedWith !== undefined
        ? {
            comparedWith: comparedWith.map((c) => ({
              label: '',
              value: c.value,
              unit: c.unit,
              source: '',
            })),
          }
        : {}),
      source: '',
    }),
  );
  return {
    core: {
      ...pack,
      entities: coreEntities,
      relations: coreRelations,
      figures: coreFigures,
      sources: [],
    },
    details: {
      id: pack.id,
      entities,
      relations: pack.relations,
      figures: pack.figures,
      sources: pack.sources,
    },
  };
}

/** The whole pack from its core and details (a card looks a linked figure up by its id). */
export function joinPack(core: Pack, details: PackDetails): Pack {
  if (details.id !== core.id)
    throw new Error(`details of ${details.id} cannot complete ${core.id}`);
  return {
    ...core,
    entities: core.entities.map((entity) => {
      const more = details.entities[entity.id];
      return more ? { ...entity, ...more } : entity;
    }),
    relations: details.relations,
    figures: details.figures,
    sources: details.sources,
  };
}

/**
 * The core as the build writes it: the fields the split left empty (every
 * entity's description and facts, every relation's and figure's source, what a
 * figure measures) are left out, and so is what repeats (a name the same in
 * both scripts or in English, an alias that is only its text): a quarter of
 * the file a matched page reads and parses at start (163 KB against 216 KB
 * for the industry pack). `expandCore` puts them back.
 */
export function compactCore(core: Pack): unknown {
  return {
    ...core,
    entities: core.entities.map(
      ({ description: _d, facts: _f, names, aliases, ...entity }): StoredEntity => ({
        ...entity,
        names: compactNames(names),
        aliases: aliases.map((alias) => (Object.keys(alias).length === 1 ? alias.text : alias)),
      }),
    ),
    // A core relation is its type and ends alone (splitPack): written as a triple.
    relations: core.relations.map(({ type, from, to }): StoredRelation => [type, from, to]),
    figures: core.figures.map(({ metric: _m, source: _s, comparedWith, ...figure }) => ({
      ...figure,
      ...(comparedWith
        ? { comparedWith: comparedWith.map(({ label: _l, source: _c, ...value }) => value) }
        : {}),
    })),
  };
}

/** Some fields of T may be missing. */
type Lean<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** An entity's names without those equal to its Traditional one. */
type StoredNames = Lean<EntityNames, 'zh-Hans' | 'en'>;

interface StoredEntity extends Omit<Lean<Entity, 'description' | 'facts'>, 'names' | 'aliases'> {
  names: StoredNames;
  /** An alias with nothing but its text is that text. */
  aliases: (Alias | string)[];
}

function compactNames(names: EntityNames): StoredNames {
  const { 'zh-Hant': hant, 'zh-Hans': hans, en } = names;
  return {
    'zh-Hant': hant,
    ...(hans !== hant ? { 'zh-Hans': hans } : {}),
    ...(en !== hant ? { en } : {}),
  };
}

function expandNames(names: StoredNames): EntityNames {
  const hant = names['zh-Hant'];
  return { 'zh-Hant': hant, 'zh-Hans': names['zh-Hans'] ?? hant, en: names.en ?? hant };
}

/** A core relation: `[type, from, to]`. */
type StoredRelation = [Relation['type'], string, string];

interface StoredCore extends Omit<Pack, 'entities' | 'relations' | 'figures'> {
  entities: StoredEntity[];
  relations: StoredRelation[];
  figures: (Lean<Omit<Figure, 'comparedWith'>, 'metric' | 'source'> & {
    comparedWith?: Lean<NonNullable<Figure['comparedWith']>[number], 'label' | 'source'>[];
  })[];
}

/** Every field of T, an optional one possibly undefined: a literal of it must name them all. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] | undefined };

/**
 * A core written by `compactCore`, as the pack it stands for. A matched page expands it
 * before its first scan, in code the engine has not optimised yet: copies with spreads and
 * rest patterns took 4–7 ms there (in Node, cold), a literal per entity and figures
 * completed in place about half. Entities are new literals, all of one shape: completed in
 * place, the parsed objects' many shapes made their later readers twice as slow.
 */
export function expandCore(stored: unknown): Pack {
  const core = stored as StoredCore;
  const entities = core.entities.map((entity): EveryField<Entity> => ({
    id: entity.id,
    type: entity.type,
    names: expandNames(entity.names),
    aliases: entity.aliases.map((alias) => (typeof alias === 'string' ? { text: alias } : alias)),
    description: entity.description ?? '',
    source: entity.source,
    commonName: entity.commonName,
    facts: entity.facts ?? [],
  }));
  const relations = core.relations.map(([type, from, to]): Relation => ({
    type,
    from,
    to,
    source: '',
  }));
  // A stored core is a parse of its own file, expanded once (`builtinPackOf`): its figures
  // are completed in place.
  const figures = core.figures as Partial<Figure>[];
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f]!;
    figure.metric ??= '';
    figure.source ??= '';
    const compared = figure.comparedWith as
      Partial<NonNullable<Figure['comparedWith']>[number]>[] | undefined;
    for (let c = 0; compared && c < compared.length; c++) {
      compared[c]!.label ??= '';
      compared[c]!.source ??= '';
    }
  }
  return { ...core, entities, relations } as unknown as Pack;
}
