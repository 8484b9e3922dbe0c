import type { Row } from '../../db/database';
import type { CypherQuery } from '../../db/queries';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../../domain/kinds';
import {
  afterTest,
  orderByText,
  orderTag,
  sortExpression,
  type EntityConditions,
  type Order,
} from '../list-filters';
import { entityConditionParams, entityConditionTests } from './conditions';
import { ENTITY_PROJECTION } from './relation-page';

/**
 * The Cypher that reads a page of entities. Its text depends on which kinds are asked only as
 * far as an index serves them: every entity (the :Entity label), one kind (its label: each has an
 * id index and a count in Neo4j's count store), or several, as one constant text whose branch per
 * kind runs only for the kinds in $listKinds. So whatever the kinds, there are 14 texts, not one per
 * combination of the 12 (4,095). Values are parameters; a `where` is written whole, each test
 * guarded (store/conditions.ts), but for a name prefix, written only when asked so that Neo4j can
 * seek it in the name-key index.
 */

/** Sorted kinds, or null for every entity. */
export type KindsShape = readonly EntityKind[] | null;

/** Which kinds, as far as the text depends on it: all, one (its label), or several ($listKinds). */
type KindsText = { kind: 'all' } | { kind: 'one'; label: string } | { kind: 'several' };

function kindsText(kinds: KindsShape): KindsText {
  if (kinds === null) return { kind: 'all' };
  for (const kind of kinds) {
    if (!Object.hasOwn(KIND_LABELS, kind)) throw new Error(`not an entity kind of the vocabulary: ${kind}`);
  }
  return kinds.length === 1 ? { kind: 'one', label: KIND_LABELS[kinds[0]] } : { kind: 'several' };
}

export function shapeName(kinds: KindsShape): string {
  const text = kindsText(kinds);
  return text.kind === 'all' ? '*' : text.kind === 'one' ? kinds![0] : '$kinds';
}

const ALL_KINDS = Object.keys(ENTITY_KINDS) as EntityKind[];

/** Each kind's branch, run only when $listKinds holds it. */
const branches = (body: (label: string, kind: EntityKind) => string) =>
  ALL_KINDS.map((kind) => body(KIND_LABELS[kind], kind)).join('\n      UNION ALL\n      ');

/**
 * Two CALL subqueries binding `total` (an integer) and `page` (the entities, not projected, in
 * id order): the entities past $after in id-index order, cut at $limit.
 */
export function entityPageCalls(kinds: KindsShape): string {
  const text = kindsText(kinds);
  if (text.kind !== 'several') {
    const label = text.kind === 'one' ? text.label : 'Entity';
    return `CALL () {
    MATCH (e:${label}) RETURN count(e) AS total
  }
  CALL () {
    MATCH (e:${label}) WHERE e.id > $after
    WITH e ORDER BY e.id LIMIT $limit
    RETURN collect(e) AS page
  }`;
  }
  return `CALL () {
    CALL () {
      ${branches((label, kind) => `RETURN CASE WHEN '${kind}' IN $listKinds THEN COUNT { (:${label}) } ELSE 0 END AS n`)}
    }
    RETURN sum(n) AS total
  }
  CALL () {
    CALL () {
      ${branches(
        (label, kind) =>
          `MATCH (e:${label}) WHERE '${kind}' IN $listKinds AND e.id > $after\n      RETURN e ORDER BY e.id LIMIT $limit`,
      )}
    }
    WITH e ORDER BY e.id LIMIT $limit
    RETURN collect(e) AS page
  }`;
}

/** The parameters of the kinds: $listKinds when the text reads them. */
export function kindsParams(kinds: KindsShape): Row {
  return kindsText(kinds).kind === 'several' ? { listKinds: kinds } : {};
}

export interface EntityPageRow {
  total: number;
  page: Row[];
}

/** A page of entities and the total, projected for the resolvers. */
export function entitiesPageStatement(kinds: KindsShape): CypherQuery<EntityPageRow> {
  return {
    name: `graph/entities-page[${shapeName(kinds)}]`,
    text: `${entityPageCalls(kinds)}
RETURN total, [e IN page | e ${ENTITY_PROJECTION}] AS page`,
  };
}

/** The entities a filtered list reads: of the kinds asked, then the `where`'s tests. */
function filteredMatch(kinds: KindsShape, where: EntityConditions | null): string {
  const text = kindsText(kinds);
  const label = text.kind === 'one' ? text.label : 'Entity';
  const tests = [`(${entityConditionTests('e', (name) => `$${name}`, false)})`];
  if (text.kind === 'several') tests.unshift('e.kind IN $listKinds');
  // A name prefix is written only when asked, in its language, so that the name-key index serves it.
  if (where?.nameStartsWith) {
    const props =
      where.nameLang === 'AR'
        ? ['nameArSort']
        : where.nameLang === 'EN'
          ? ['nameEnSort']
          : ['nameEnSort', 'nameArSort'];
    tests.unshift(`(${props.map((prop) => `e.${prop} STARTS WITH $nameStartsWith`).join(' OR ')})`);
  }
  return `MATCH (e:${label})\n    WHERE ${tests.join('\n      AND ')}`;
}

function prefixShape(where: EntityConditions | null): string {
  return where?.nameStartsWith ? `;starts${where.nameLang ?? ''}` : '';
}

export interface FilteredEntityPageRow {
  total: number;
  page: Row[];
  keys: string[];
}

/**
 * A page of a filtered or ordered list: the entities of the kinds that pass the conditions,
 * ordered by the order's key (then id), past the cursor ($afterSort, $after) when there is one,
 * cut at $limit; the total counts what passes. Returns the page's sort keys beside it, for the
 * cursors.
 */
export function filteredEntitiesPageStatement(
  kinds: KindsShape,
  where: EntityConditions | null,
  order: Order | null,
): CypherQuery<FilteredEntityPageRow> {
  const match = filteredMatch(kinds, where);
  const effective = order ?? { field: 'ID', direction: 'ASC' };
  const sort = sortExpression(effective, 'e');
  return {
    name: `graph/entities-page[${shapeName(kinds)};where${prefixShape(where)};${orderTag(effective)}]`,
    text: `CALL () {
    ${match}
    RETURN count(e) AS total
  }
  CALL () {
    ${match}
    WITH e, ${sort} AS s
    WHERE $after IS NULL OR ${afterTest(effective, 's', 'e.id', '$afterSort', '$after')}
    WITH e, s ORDER BY ${orderByText(effective, 's', 'e.id')} LIMIT $limit
    RETURN collect(e ${ENTITY_PROJECTION}) AS page, collect(s) AS keys
  }
RETURN total, page, keys`,
  };
}

/** The parameters of a filtered list's statement. */
export function filteredParams(
  kinds: KindsShape,
  where: EntityConditions | null,
  position: { sortKey: string; tie: string } | null,
  limit: number,
): Row {
  return {
    ...kindsParams(kinds),
    ...entityConditionParams(where),
    afterSort: position?.sortKey ?? null,
    after: position?.tie ?? null,
    limit,
  };
}

/** A grouped count: n, and the values it is grouped by. */
export interface FacetRow {
  n: number;
  kind?: string | null;
  year?: string | null;
  type?: string | null;
}

/**
 * The counts of a filtered list by kind and by year (the first four characters of its date),
 * as grouped rows: a row per kind and year, however many entities.
 */
export function entityFacetsStatement(
  kinds: KindsShape,
  where: EntityConditions | null,
): CypherQuery<FacetRow> {
  return {
    name: `graph/entity-facets[${shapeName(kinds)}${prefixShape(where)}]`,
    text: `${filteredMatch(kinds, where)}
RETURN e.kind AS kind, left(e.date, 4) AS year, count(*) AS n`,
  };
}
