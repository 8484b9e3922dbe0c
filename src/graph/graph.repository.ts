import {
  entitiesPageStatement,
  entityFacetsStatement,
  filteredEntitiesPageStatement,
  filteredParams,
  kindsParams,
  type FacetRow,
} from './store/entity-page';
import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import {
  relationFacetsStatement,
  relationsStatement,
  requestParams,
  shapeKey,
  shapeOf,
  type PageItemRow,
  type RelationFilter,
  type RelationFacetRow,
  type RelationShape,
} from './store/relation-page';
import { orderedAfter, orderTag, type EntityConditions, type Order } from './list-filters';
import type { EntityKind } from '../domain/kinds';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from './graph.nodes';

/** The only code that names the cypher/graph/ queries. */

export type { RelationFilter };

export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityNode>> {
  const rows = await db.read(cypher('graph/entities-by-ids'), { ids });
  return new Map(rows.map((row) => [row.id as string, toEntityNode(row.props as Row)]));
}

export async function entitiesPage(
  db: Database,
  kinds: readonly EntityKind[] | null,
  after: string | null,
  limit: number,
): Promise<{ total: number; page: EntityNode[] }> {
  const shape = kinds?.length ? [...new Set(kinds)].sort() : null;
  const [row] = await db.read(entitiesPageStatement(shape), {
    ...kindsParams(shape),
    after: after ?? '',
    limit,
  });
  return { total: Number(row.total), page: row.page.map(toEntityNode) };
}

/**
 * A page of a filtered or ordered entity list (kinds sorted, or null for all), with each
 * entity's sort key for its cursor; `after` is the decoded cursor (an id, or for an order of its
 * own the JSON of orderedCursor).
 */
export async function filteredEntitiesPage(
  db: Database,
  kinds: readonly EntityKind[] | null,
  where: EntityConditions | null,
  order: Order | null,
  after: string | null,
  limit: number,
): Promise<{ total: number; page: EntityNode[]; keys: string[] }> {
  const position =
    after === null ? null : order ? orderedAfter(order, after) : { sortKey: after, tie: after };
  const [row] = await db.read(
    filteredEntitiesPageStatement(kinds, where, order),
    filteredParams(kinds, where, position, limit),
  );
  return { total: Number(row.total), page: row.page.map(toEntityNode), keys: row.keys };
}

/** The grouped counts (kind, year, n) of a filtered entity list. */
export async function entityFacets(
  db: Database,
  kinds: readonly EntityKind[] | null,
  where: EntityConditions | null,
): Promise<FacetRow[]> {
  return db.read(entityFacetsStatement(kinds, where), filteredParams(kinds, where, null, 0));
}

export async function citationsByEntityIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, CitationNode[]>> {
  const rows = await db.read(cypher('graph/citations-by-entity-ids'), { ids });
  return new Map(rows.map((row) => [row.id as string, row.citations as CitationNode[]]));
}

export async function citationsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, CitationNode>> {
  const rows = await db.read(cypher('graph/citations-by-ids'), { ids });
  return new Map(rows.map((row) => [row.id as string, row.props as CitationNode]));
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, Row>> {
  const rows = await db.read(cypher('graph/sources-by-ids'), { ids });
  return new Map(rows.map((row) => [row.id as string, row.props as Row]));
}

/** The deepest neighbourhood asked for: the walk, the planner and the limits share it. */
export const MAX_NEIGHBOURHOOD_HOPS = 3;

/** Relations followed out of any one entity in a neighbourhood; past it the subgraph says truncated. */
export const NEIGHBOURHOOD_FANOUT = 200;

/**
 * The filter a neighbourhood walk asks each entity's relations with: both ways, these types, as
 * of the date. The walk and the planner build it here, so that their loader keys agree.
 */
export function neighbourhoodFilter(
  types: readonly RelationType[] | null,
  at: PartialDate | null,
): RelationFilter {
  return {
    types: types?.length ? [...new Set(types)].sort() : null,
    direction: 'BOTH',
    at: at ? { start: firstDay(at), end: lastDay(at) } : null,
    after: null,
    first: NEIGHBOURHOOD_FANOUT,
    where: null,
    order: null,
    counted: false,
    paged: false,
  };
}

export interface RelationPage {
  /** Null when the list was not counted (filter.counted). */
  total: number | null;
  relations: RelationNode[];
  hasNextPage: boolean;
}

export interface RelationRequest {
  id: string;
  filter: RelationFilter;
}

/**
 * A page as a statement returns it (PageItemRow), decoded, seen from the entity it was asked for:
 * each relation with the entity at its other end (RelationNode.other), so that following it costs
 * no further lookup.
 */
export function toRelationPage(
  ownerId: string,
  filter: RelationFilter,
  row: { total: number | null; page: PageItemRow[] } | undefined,
): RelationPage {
  if (!row) return { total: 0, relations: [], hasNextPage: false };
  const items = row.page.slice(0, filter.first + 1);
  const relations = items.slice(0, filter.first).map((item): RelationNode => {
    const other = toEntityNode(item.o);
    // What the shape leaves out of an item, it says: one type, one direction.
    const outgoing = (item.d ?? filter.direction) === 'OUTGOING';
    return {
      ...toRelationNode(
        {
          type: item.t ?? filter.types![0],
          source: outgoing ? ownerId : other.id,
          target: outgoing ? other.id : ownerId,
          props: item.p,
          // An order of its own keeps its key and the list's own in the cursor (list-filters.ts);
          // a list that is not paged has no cursors.
          sortKey:
            item.k === undefined
              ? undefined
              : filter.order
                ? JSON.stringify([orderTag(filter.order), item.s, item.k])
                : item.k,
        },
        ownerId,
      ),
      other,
    };
  });
  return {
    total: row.total === null || row.total === undefined ? null : Number(row.total),
    relations,
    hasNextPage: items.length > filter.first,
  };
}

/**
 * Answers many (entity, filter) requests: the requests of one shape in one statement
 * (store/relation-page.ts), the shapes side by side. Each relation carries the entity at its
 * other end.
 */
export async function relationsByRequests(
  db: Database,
  requests: readonly RelationRequest[],
): Promise<RelationPage[]> {
  const groups = groupByShape(
    requests.map((request) => request.filter),
    requests,
  );
  const answers = await Promise.all(
    groups.map((group) => db.read(relationsStatement(group.shape), { requests: group.params })),
  );
  const byKey = new Map(answers.flat().map((row) => [row.key, row]));
  return requests.map((request, key) => toRelationPage(request.id, request.filter, byKey.get(key)));
}

/** The grouped counts (type, kind, year, n) of many requests' relations, a statement per shape. */
export async function relationFacetsByRequests(
  db: Database,
  requests: readonly RelationRequest[],
): Promise<RelationFacetRow[][]> {
  // Counts read the whole list: no cursor, no order of its own.
  const whole = requests.map((request) => ({ ...request.filter, after: null, order: null }));
  const groups = groupByShape(whole, requests);
  const answers = await Promise.all(
    groups.map((group) => db.read(relationFacetsStatement(group.shape), { requests: group.params })),
  );
  const rows = answers.flat();
  return requests.map((_, key) => rows.filter((row) => row.key === key));
}

/** Requests grouped by the shape of their filter, each with its parameters and its position (`key`). */
function groupByShape(
  filters: readonly RelationFilter[],
  requests: readonly RelationRequest[],
): Array<{ shape: RelationShape; params: Row[] }> {
  const groups = new Map<string, { shape: RelationShape; params: Row[] }>();
  filters.forEach((filter, key) => {
    const shape = shapeOf(filter);
    const group = groups.get(shapeKey(shape)) ?? { shape, params: [] };
    group.params.push({ key, ...requestParams(requests[key].id, filter) });
    groups.set(shapeKey(shape), group);
  });
  return [...groups.values()];
}
