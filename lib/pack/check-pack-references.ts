/**
 * Checks what a schema cannot: unique ids, resolving references, shared aliases.
 */
import type { Pack } from './types';

export interface PackError {
  /** A JSON path into the pack: `entities[3].aliases[0].text`. */
  path: string;
  message: string;
}

/**
 * Key under which two alias texts count as the same: width and case folded.
 * (Script folding, 爲/為→为, belongs to lib/match; a pack that spells one
 * alias in two scripts is fine, the matcher folds both to one pattern.)
 */
function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Claim {
  entity: string;
  path: string;
  ambiguous: boolean;
}

export function checkPackReferences(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  const entityIds = collectIds(pack.entities, 'entities', errors);
  const sourceIds = collectIds(pack.sources, 'sources', errors);
  collectIds(pack.figures, 'figures', errors);

  const needEntity = (id: string, path: string) => {
    if (!entityIds.has(id)) errors.push({ path, message: `unknown entity "${id}"` });
  };
  const needSource = (id: string, path: string) => {
    if (!sourceIds.has(id)) errors.push({ path, message: `unknown source "${id}"` });
  };

  pack.sources.forEach((source, i) => {
    source.mentions.forEach((id, j) => needEntity(id, `sources[${i}].mentions[${j}]`));
  });

  const claims = new Map<string, Claim[]>();
  pack.entities.forEach((entity, i) => {
    const base = `entities[${i}]`;
    const own = new Set(Object.values(entity.names).map(aliasKey));
    for (const name of own)
      addClaim(claims, name, { entity: entity.id, path: `${base}.names`, ambiguous: false });
    entity.aliases.forEach((alias, j) => {
      const path = `${base}.aliases[${j}]`;
      const key = aliasKey(alias.text);
      if (own.has(key)) {
        errors.push({
          path: `${path}.text`,
          message: `"${alias.text}" repeats a name or alias of the same entity`,
        });
      } else {
        own.add(key);
        addClaim(claims, key, {
          entity: entity.id,
          path: `${path}.text`,
          ambiguous: alias.ambiguous === true,
        });
      }
      if (
        alias.ambiguous === true &&
        (alias.evidence === undefined || alias.evidence.length === 0)
      ) {
        errors.push({
          path: `${path}.evidence`,
          message: 'an ambiguous alias needs evidence (entity ids)',
        });
      }
      if (alias.ambiguous !== true && alias.evidence !== undefined) {
        errors.push({
          path: `${path}.evidence`,
          message: 'evidence is only for an ambiguous alias',
        });
      }
      alias.evidence?.forEach((id, k) => needEntity(id, `${path}.evidence[${k}]`));
    });
    if (entity.source !== undefined) needSource(entity.source, `${base}.source`);
    entity.facts.forEach((fact, j) => needSource(fact.source, `${base}.facts[${j}].source`));
  });

  for (const [key, list] of claims) {
    const entities = new Set(list.map((c) => c.entity));
    if (entities.size < 2 || list.every((c) => c.ambiguous)) continue;
    for (const claim of list.filter((c) => !c.ambiguous)) {
      const others = [...entities].filter((e) => e !== claim.entity).join(', ');
      errors.push({
        path: claim.path,
        message: claim.path.endsWith('.names')
          ? `name "${key}" is also a name or alias of ${others}; a name must be unique`
          : `"${key}" is also a name or alias of ${others}; mark it ambiguous on every entity, with evidence`,
      });
    }
  }

  pack.relations.forEach((relation, i) => {
    const base = `relations[${i}]`;
    needEntity(relation.from, `${base}.from`);
    needEntity(relation.to, `${base}.to`);
    if (relation.from === relation.to)
      errors.push({ path: `${base}.to`, message: 'a relation must join two entities' });
    if (relation.context !== undefined) needEntity(relation.context, `${base}.context`);
    needSource(relation.source, `${base}.source`);
  });

  const peers = new Map<string, { key: string; path: string }>();
  pack.figures.forEach((figure, i) => {
    const base = `figures[${i}]`;
    if (figure.peerGroup !== undefined) {
      // Peers are one metric over one calendar period: a chart of them compares like with like.
      const { kind, unit, period } = figure;
      const key = `${kind} ${unit} ${period.start}–${period.end ?? ''}`;
      const first = peers.get(figure.peerGroup);
      if (!first) peers.set(figure.peerGroup, { key, path: base });
      else if (first.key !== key)
        errors.push({
          path: `${base}.peerGroup`,
          message: `peer group "${figure.peerGroup}" mixes ${key} with ${first.key} (${first.path}); peers share kind, unit and period`,
        });
    }
    needEntity(figure.entity, `${base}.entity`);
    needSource(figure.source, `${base}.source`);
    figure.comparedWith?.forEach((c, j) =>
      needSource(c.source, `${base}.comparedWith[${j}].source`),
    );
  });

  return errors;
}

function collectIds(
  items: readonly { id: string }[],
  field: string,
  errors: PackError[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      errors.push({ path: `${field}[${i}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

function addClaim(claims: Map<string, Claim[]>, key: string, claim: Claim): void {
  const list = claims.get(key);
  if (list) list.push(claim);
  else claims.set(key, [claim]);
}
