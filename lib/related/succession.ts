/**
 * Succession chains from the packs' `succeeded` relations (`from` succeeded
 * `to`, in the role `role` at the entity `context`): 張建鋒 → 張勇 → 吳泳銘 at
 * 阿里雲, oldest first, each step with the date and role of the handover.
 */
import type { PackIndex } from '../pack/index-packs';
import type { Relation } from '../pack/types';

interface SuccessionStep {
  entityId: string;
  /** The handover that brought this person in; absent for the first of the chain. */
  relation?: Relation;
}

export interface SuccessionChain {
  /** Where the role is held (the relations' `context`); absent when the pack gives none. */
  contextId?: string;
  steps: SuccessionStep[];
}

const NO_CONTEXT = '';

/**
 * Chains that involve any of `entityIds` (as a member or as the context), one
 * per line of succession: when one person hands two roles to two people
 * (張勇 → 吳泳銘 as CEO, 張勇 → 蔡崇信 as chair), that is two chains.
 */
export function successionChains(
  index: PackIndex,
  entityIds: readonly string[],
): SuccessionChain[] {
  const onPage = new Set(entityIds);
  const starts: Relation[] = [];
  for (const id of entityIds) {
    for (const relation of index.relationsOf(id)) {
      if (relation.type === 'succeeded') starts.push(relation);
    }
    // An organisation on the page: its handovers name it only as `context`, which
    // relationsOf does not index, so read them from the pack that holds it.
    for (const relation of index.packOf(id)?.relations ?? []) {
      if (relation.type === 'succeeded' && relation.context === id) starts.push(relation);
    }
  }
  const lines = new Map<string, Set<Relation>>();
  for (const start of starts) {
    const key = start.context ?? NO_CONTEXT;
    const line = lines.get(key) ?? new Set<Relation>();
    lines.set(key, line);
    if (!line.has(start)) collectLine(index, start, key, line);
  }
  const chains: SuccessionChain[] = [];
  for (const [key, line] of lines) {
    for (const steps of linePaths([...line])) {
      if (!onPage.has(key) && !steps.some((step) => onPage.has(step.entityId))) continue;
      chains.push(key === NO_CONTEXT ? { steps } : { contextId: key, steps });
    }
  }
  return chains;
}

/** Every `succeeded` relation at `context` reachable from `start` through the people it names. */
function collectLine(index: PackIndex, start: Relation, context: string, into: Set<Relation>) {
  const queue = [start];
  while (queue.length > 0) {
    const relation = queue.pop()!;
    if (into.has(relation)) continue;
    into.add(relation);
    for (const person of [relation.from, relation.to]) {
      for (const next of index.relationsOf(person)) {
        if (next.type === 'succeeded' && (next.context ?? NO_CONTEXT) === context) queue.push(next);
      }
    }
  }
}

/** Maximal paths predecessor → successor, oldest first; a cycle is cut where it closes. */
function linePaths(relations: readonly Relation[]): SuccessionStep[][] {
  const successors = new Map<string, Relation[]>();
  const successorIds = new Set<string>();
  for (const relation of relations) {
    const list = successors.get(relation.to) ?? [];
    list.push(relation);
    successors.set(relation.to, list);
    successorIds.add(relation.from);
  }
  let heads = [...successors.keys()].filter((id) => !successorIds.has(id));
  // A pure cycle has no head: start anywhere, the walk stops where it comes back.
  if (heads.length === 0 && relations[0]) heads = [relations[0].to];

  const paths: SuccessionStep[][] = [];
  const walk = (steps: SuccessionStep[], visited: Set<string>) => {
    const last = steps[steps.length - 1]!;
    const next = (successors.get(last.entityId) ?? []).filter((r) => !visited.has(r.from));
    if (next.length === 0) {
      paths.push(steps);
      return;
    }
    for (const relation of next) {
      walk([...steps, { entityId: relation.from, relation }], new Set([...visited, relation.from]));
    }
  };
  for (const head of heads) walk([{ entityId: head }], new Set([head]));
  return paths;
}
