/**
 * An entity's card as plain data: names, description, roles over time (from
 * the pack's dated relations), key facts, related entities and sources.
 */
import type { PackIndex } from '../pack/index-packs';
import type { Entity, EntityNames, Fact, IsoDate, Relation, RelationType } from '../pack/types';
import { RELATION_TYPES } from '../pack/types';
import { byStartDescending, holdsAt } from './period';
import { collectSources } from './source-refs';
import type { EntityView, FactItem, RelationChip, RoleItem, ShownScript, ToScript } from './types';

export interface EntityViewOptions {
  script: ShownScript;
  toScript: ToScript;
  /** Today, `YYYY-MM-DD`: roles that hold now. */
  today: IsoDate;
  /** When the article on the page was written, if known. */
  articleDate?: IsoDate;
  maxFacts?: number;
  maxRelations?: number;
}

/** Relations that make a role: a person's `from` side, an organisation's `to` side. */
const ROLE_TYPES: ReadonlySet<RelationType> = new Set(['leads', 'chairs', 'works_for', 'founded']);
/** Events, not spans: never "current". */
const EVENT_TYPES: ReadonlySet<RelationType> = new Set(['founded']);

export function nameIn(names: EntityNames, script: ShownScript): string {
  return script === 'hant' ? names['zh-Hant'] : names['zh-Hans'];
}

export function buildEntityView(
  index: PackIndex,
  entityId: string,
  options: EntityViewOptions,
): EntityView | null {
  const entity = index.entityById.get(entityId);
  if (!entity) return null;
  const { script } = options;
  const from = index.packOf(entityId)?.textScript ?? 'zh-Hant';
  const convert = (text: string) => options.toScript(text, from);
  const sources = collectSources(index, options.toScript);
  const name = nameIn(entity.names, script);
  const other = nameIn(entity.names, script === 'hant' ? 'hans' : 'hant');

  const relations = index.relationsOf(entityId);
  const roles = rolesOf(index, entity, relations, options, sources.cite);
  const currentKeys = roles.filter((r) => r.current).map(roleKey);
  const thenKeys = roles.filter((r) => r.atArticle).map(roleKey);
  const rolesDiffer =
    options.articleDate !== undefined && currentKeys.join('|') !== thenKeys.join('|');

  const facts: FactItem[] = pickFacts(entity.facts, options).map((fact) => ({
    text: convert(fact.text),
    start: fact.period.start,
    ...(fact.period.label !== undefined ? { periodLabel: convert(fact.period.label) } : {}),
    ...(fact.announced !== undefined ? { announced: fact.announced } : {}),
    ...(fact.status !== undefined ? { status: fact.status } : {}),
    ...(fact.attributedTo !== undefined ? { attributedTo: convert(fact.attributedTo) } : {}),
    later: isAfter(fact.period.start, options.articleDate),
    source: sources.cite(fact.source),
  }));
  const descriptionSource = entity.source !== undefined ? sources.cite(entity.source) : undefined;

  const view: EntityView = {
    kind: 'entity',
    id: entity.id,
    type: entity.type,
    script,
    name,
    ...(other !== name ? { otherName: other } : {}),
    englishName: entity.names.en,
    description: convert(entity.description),
    ...(descriptionSource !== undefined ? { descriptionSource } : {}),
    roles,
    rolesDiffer,
    facts,
    relations: relationChips(index, entityId, relations, script, convert, options.maxRelations),
    sources: [],
    lang: script === 'hant' ? 'zh-Hant' : 'zh-Hans',
  };
  if (rolesDiffer && options.articleDate !== undefined) view.articleDate = options.articleDate;
  view.sources = sources.list();
  return view;
}

/** Whether a fact dated `start` comes after the article's date (a day's precision at most). */
function isAfter(start: IsoDate, articleDate: IsoDate | undefined): boolean {
  if (articleDate === undefined) return false;
  const length = Math.min(start.length, articleDate.length);
  return start.slice(0, length) > articleDate.slice(0, length);
}

/**
 * The facts a card has room for, oldest first: with an article date, the
 * latest ones up to that date and the first ones after it (what changed
 * since); without one, the latest.
 */
function pickFacts(all: readonly Fact[], options: EntityViewOptions): Fact[] {
  const max = options.maxFacts ?? 6;
  const sorted = [...all].sort((a, b) =>
    a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0,
  );
  if (sorted.length <= max) return sorted;
  const { articleDate } = options;
  if (articleDate === undefined) return sorted.slice(-max);
  const later = sorted.filter((f) => isAfter(f.period.start, articleDate));
  const before = sorted.filter((f) => !isAfter(f.period.start, articleDate));
  const laterShown = later.slice(0, Math.min(later.length, Math.max(2, max - before.length)));
  return [...before.slice(-(max - laterShown.length)), ...laterShown];
}

function roleKey(role: RoleItem): string {
  return `${role.entityId}:${role.roles.join('/')}`;
}

function rolesOf(
  index: PackIndex,
  entity: Entity,
  relations: readonly Relation[],
  options: EntityViewOptions,
  cite: (sourceId: string) => number,
): RoleItem[] {
  const asPerson = entity.type === 'person';
  const groups = new Map<string, RoleItem>();
  for (const relation of relations) {
    if (!ROLE_TYPES.has(relation.type)) continue;
    if ((asPerson ? relation.from : relation.to) !== entity.id) continue;
    const otherId = asPerson ? relation.to : relation.from;
    const other = index.entityById.get(otherId);
    if (!other) continue;
    const from = index.packOf(otherId)?.textScript ?? 'zh-Hant';
    const period = relation.period;
    const role = relation.role !== undefined ? options.toScript(relation.role, from) : undefined;
    const key = `${otherId}|${period?.start ?? ''}|${period?.end ?? ''}`;
    const known = groups.get(key);
    if (known) {
      if (role !== undefined && !known.roles.includes(role)) known.roles.push(role);
      continue;
    }
    const span = period !== undefined && !EVENT_TYPES.has(relation.type);
    groups.set(key, {
      entityId: otherId,
      name: nameIn(other.names, options.script),
      roles: role !== undefined ? [role] : [],
      relationType: relation.type,
      ...(period?.start !== undefined ? { start: period.start } : {}),
      ...(period?.end !== undefined ? { end: period.end } : {}),
      ...(period?.label !== undefined ? { periodLabel: options.toScript(period.label, from) } : {}),
      current: span && holdsAt(period.start, period.end, options.today),
      atArticle:
        span &&
        options.articleDate !== undefined &&
        holdsAt(period.start, period.end, options.articleDate),
      acting: relation.acting === true,
      source: cite(relation.source),
    });
  }
  return [...groups.values()].sort(byStartDescending);
}

function relationChips(
  index: PackIndex,
  entityId: string,
  relations: readonly Relation[],
  script: ShownScript,
  convert: (text: string) => string,
  max = 10,
): RelationChip[] {
  const rank = (type: RelationType) => RELATION_TYPES.indexOf(type);
  const ordered = [...relations].sort((a, b) => rank(a.type) - rank(b.type));
  const chips = new Map<string, RelationChip>();
  for (const relation of ordered) {
    const direction = relation.from === entityId ? 'out' : 'in';
    const otherId = direction === 'out' ? relation.to : relation.from;
    if (otherId === entityId || chips.has(otherId)) continue;
    const other = index.entityById.get(otherId);
    if (!other) continue;
    chips.set(otherId, {
      entityId: otherId,
      name: nameIn(other.names, script),
      type: relation.type,
      direction,
      ...(relation.role !== undefined ? { role: convert(relation.role) } : {}),
    });
    if (chips.size >= max) break;
  }
  return [...chips.values()];
}
