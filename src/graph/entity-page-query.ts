import type { CypherQuery } from '../db/queries';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { ENTITY_PROJECTION } from './relation-query';

/**
 * The Cypher that reads a page of entities in id order, composed by the kinds asked for. Each
 * kind is a label with its own id index (cypher/schema/indexes.cypher), so a page is an index
 * seek from the cursor ($after, '' for the first page) that stops after $limit entries, at any
 * graph size; the total of a label is Neo4j's count store, not a scan. The kinds go into the
 * text as labels, checked against the vocabulary; values are always parameters.
 *
 * entityPageCalls gives the subqueries alone (the planner nests more on each entity of the
 * page); entitiesPageStatement is the statement the entity lists run.
 */

/** Sorted kinds, or null for every entity. */
export type KindsShape = readonly EntityKind[] | null;

function labels(kinds: KindsShape): string[] {
  if (kinds === null) return ['Entity'];
  return kinds.map((kind) => {
    if (!Object.hasOwn(KIND_LABELS, kind)) throw new Error(`not an entity kind of the vocabulary: ${kind}`);
    return KIND_LABELS[kind];
  });
}

/**
 * Two CALL subqueries binding `total` (an integer) and `page` (the entities, not projected, in
 * id order): each label's entities past $after in index order, cut at $limit, then merged.
 */
export function entityPageCalls(kinds: KindsShape): string {
  const names = labels(kinds);
  const counts = names
    .map((label) => `MATCH (e:${label}) RETURN count(e) AS n`)
    .join('\n      UNION ALL\n      ');
  const seeks = names
    .map((label) => `MATCH (e:${label}) WHERE e.id > $after\n      RETURN e ORDER BY e.id LIMIT $limit`)
    .join('\n      UNION ALL\n      ');
  if (names.length === 1) {
    return `CALL () {
    MATCH (e:${names[0]}) RETURN count(e) AS total
  }
  CALL () {
    MATCH (e:${names[0]}) WHERE e.id > $after
    WITH e ORDER BY e.id LIMIT $limit
    RETURN collect(e) AS page
  }`;
  }
  return `CALL () {
    CALL () {
      ${counts}
    }
    RETURN sum(n) AS total
  }
  CALL () {
    CALL () {
      ${seeks}
    }
    WITH e ORDER BY e.id LIMIT $limit
    RETURN collect(e) AS page
  }`;
}

export function shapeName(kinds: KindsShape): string {
  return kinds === null ? '*' : kinds.join('|');
}

/** A page of entities and the total, projected for the resolvers. */
export function entitiesPageStatement(kinds: KindsShape): CypherQuery {
  return {
    name: `graph/entities-page[${shapeName(kinds)}]`,
    text: `${entityPageCalls(kinds)}
RETURN total, [e IN page | e ${ENTITY_PROJECTION}] AS page`,
  };
}
