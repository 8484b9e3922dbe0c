import {
  entitiesPageStatement,
  entityFacetsStatement,
  filteredEntitiesPageStatement,
} from './entity-page-query';
import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { relationFacetsStatement, relationsStatement, shapeKey, type RelationShape } from './relation-query';
import {
  entityConditionParams,
  orderedAfter,
  orderTag,
  relationConditionParams,
  type EntityConditions,
  type Order,
  type RelationConditions,
} from './list-filters';
import type { EntityKind } from '../domain/kinds';
import {
  toEntityNode,
  toRelationNode,
  type CitationNode,
  type EntityNode,
  type RelationNode,
} from './graph.nodes';

/** The only code that names the cypher/graph/ queries. */

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
  const [row] = await db.read(entitiesPageStatement(shape), { after: after ?? '', limit });
  return { total: row.total as number, page: (row.page as Row[]).map(toEntityNode) };
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
  const statement = filteredEntitiesPageStatement(kinds, where, order, position !== null);
  const [row] = await db.read(statement, {
    ...entityConditionParams(where),
    afterSort: position?.sortKey ?? null,
    after: position?.tie ?? null,
    limit,
  });
  return {
    total: Number(row.total),
    page: (row.page as Row[]).map(toEntityNode),
    keys: row.keys as string[],
  };
}

/** The grouped counts (kind, year, n) of a filtered entity list. */
export async function entityFacets(
  db: Database,
  kinds: readonly EntityKind[] | null,
  where: EntityConditions | null,
): Promise<Row[]> {
  return db.read(entityFacetsStatement(kinds, where), entityConditionParams(where));
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

export async function allSources(db: Database): Promise<Row[]> {
  return (await db.read(cypher('graph/sources'))).map((row) => row.props as Row);
}

export interface RelationFilter {
  /** Sorted, so that equal filters make equal loader keys; null for every type. */
  types: RelationType[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** First and last day of the "as of" date. */
  at: { start: string; end: string } | null;
  after: string | null;
  /** Page size; one more is read to tell whether another page follows. */
  first: number;
  /** The conditions of a `where`, its types aside (they are in types); null for none. */
  where: RelationConditions | null;
  /** An order of its own; null for the list's own (type, direction, other entity). */
  order: Order | null;
  /**
   * Whether the whole list is counted: only when `totalCount` is asked, since counting reads
   * every relation of the list (a hub's thousands for a page of five).
   */
  counted: boolean;
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

/** The shape of a request: what decides the text of its statement. */
export function shapeOf(filter: RelationFilter): RelationShape {
  return {
    types: filter.types,
    direction: filter.direction,
    at: filter.at !== null,
    after: filter.after !== null,
    where: filter.where,
    order: filter.order,
    counted: filter.counted,
  };
}

/** A request's values, as the statement's parameters. */
export function requestParams(id: string, filter: RelationFilter): Row {
  const base: Row = {
    id,
    atStart: filter.at?.start ?? null,
    atEnd: filter.at?.end ?? null,
    after: filter.after,
    // One more than the page, to tell whether another page follows.
    limit: filter.first + 1,
  };
  if (!filter.where && !filter.order) return base;
  const position = filter.order && filter.after !== null ? orderedAfter(filter.order, filter.after) : null;
  return {
    ...base,
    ...relationConditionParams(filter.where),
    ...(position ? { afterSort: position.sortKey, after: position.tie } : {}),
  };
}

/** A page as the statement returns it, decoded, seen from the entity it was asked for. */
export function toRelationPage(
  ownerId: string,
  filter: RelationFilter,
  row: Row | undefined,
): RelationPage & { others: EntityNode[] } {
  if (!row) return { total: 0, relations: [], hasNextPage: false, others: [] };
  const items = (row.page as Row[]).slice(0, filter.first + 1);
  const relations = items.map((item): RelationNode => {
    const otherId = (item.other as Row).id as string;
    const outgoing = item.direction === 'OUTGOING';
    return toRelationNode(
      {
        type: item.type,
        source: outgoing ? ownerId : otherId,
        target: outgoing ? otherId : ownerId,
        props: item.props as Row,
        // An order of its own keeps its key and the list's own in the cursor (list-filters.ts).
        sortKey: filter.order
          ? JSON.stringify([orderTag(filter.order), item.orderKey, item.sortKey])
          : (item.sortKey as string),
      },
      ownerId,
    );
  });
  return {
    total: row.total === null || row.total === undefined ? null : Number(row.total),
    relations: relations.slice(0, filter.first),
    hasNextPage: relations.length > filter.first,
    others: items.slice(0, filter.first).map((item) => toEntityNode(item.other as Row)),
  };
}

/**
 * Answers many (entity, filter) requests in one round trip: requests of one shape share a
 * branch of the statement (see relation-query.ts). Each result carries the entity at the other
 * end of every relation, for the caller to prime its entity loader with.
 */
export async function relationsByRequests(
  db: Database,
  requests: readonly RelationRequest[],
): Promise<Array<RelationPage & { others: EntityNode[] }>> {
  const ordered = groupByShape(
    requests.map((request) => request.filter),
    requests,
  );
  const rows = await db.read(relationsStatement(ordered.map((group) => group.shape)), {
    groups: ordered.map((group) => group.params),
  });
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  return requests.map((request, key) => toRelationPage(request.id, request.filter, byKey.get(key)));
}

/** The grouped counts (type, kind, year, n) of many requests' relations, in one round trip. */
export async function relationFacetsByRequests(
  db: Database,
  requests: readonly RelationRequest[],
): Promise<Row[][]> {
  // Counts read the whole list: no cursor, no order of its own.
  const whole = requests.map((request) => ({ ...request.filter, after: null, order: null }));
  const ordered = groupByShape(whole, requests);
  const rows = await db.read(relationFacetsStatement(ordered.map((group) => group.shape)), {
    groups: ordered.map((group) => group.params),
  });
  return requests.map((_, key) => rows.filter((row) => row.key === key));
}

/**
 * Requests grouped by the shape of their filter, each with its parameters and its position
 * (`key`) among the requests: a group is one branch of a statement.
 */
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
