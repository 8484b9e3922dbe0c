import type { CypherQuery } from '../db/queries';
import { KIND_LABELS, type EntityKind } from '../domain/kinds';
import { ENTITY_PROJECTION } from './relation-query';
import {
  afterTest,
  entityConditionsShape,
  entityConditionTests,
  orderByText,
  orderTag,
  sortExpression,
  type EntityConditions,
  type Order,
} from './list-filters';

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

/**
 * A page of a filtered or ordered list: the entities of the kinds' labels that pass the
 * conditions, ordered by the order's key (then id), past the cursor ($afterSort, $after) when
 * there is one, cut at $limit; the total counts what passes. A name test that starts a key uses
 * its index (cypher/schema/indexes.cypher); the rest is tested on the kinds' entities, in Neo4j.
 * Returns the page's sort keys beside it, for the cursors.
 */
export function filteredEntitiesPageStatement(
  kinds: KindsShape,
  where: EntityConditions | null,
  order: Order | null,
  after: boolean,
): CypherQuery {
  const match = `MATCH (e:${labels(kinds).join('|')})`;
  const tests = entityConditionTests('e', where, (name) => `$${name}`);
  const filter = tests.length ? `\n    WHERE ${tests.join(' AND ')}` : '';
  const effective = order ?? { field: 'ID', direction: 'ASC' };
  const sort = sortExpression(effective, 'e');
  const keyset = after ? `\n    WHERE ${afterTest(effective, 's', 'e.id', '$afterSort', '$after')}` : '';
  return {
    name: `graph/entities-page[${shapeName(kinds)};${entityConditionsShape(where)};${orderTag(effective)}${after ? ';after' : ''}]`,
    text: `CALL () {
    ${match}${filter}
    RETURN count(e) AS total
  }
  CALL () {
    ${match}${filter}
    WITH e, ${sort} AS s${keyset}
    WITH e, s ORDER BY ${orderByText(effective, 's', 'e.id')} LIMIT $limit
    RETURN collect(e ${ENTITY_PROJECTION}) AS page, collect(s) AS keys
  }
RETURN total, page, keys`,
  };
}

/**
 * The counts of a filtered list by kind and by year (the first four characters of its date),
 * as grouped rows: a row per kind and year, however many entities.
 */
export function entityFacetsStatement(kinds: KindsShape, where: EntityConditions | null): CypherQuery {
  const tests = entityConditionTests('e', where, (name) => `$${name}`);
  return {
    name: `graph/entity-facets[${shapeName(kinds)};${entityConditionsShape(where)}]`,
    text: `MATCH (e:${labels(kinds).join('|')})${tests.length ? `\nWHERE ${tests.join(' AND ')}` : ''}
RETURN e.kind AS kind, left(e.date, 4) AS year, count(*) AS n`,
  };
}
