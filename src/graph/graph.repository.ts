import { entitiesPageStatement } from './entity-page-query';
import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import { firstDay, lastDay, type PartialDate } from '../domain/partial-date';
import type { RelationType } from '../domain/relation-types';
import { relationsStatement, shapeKey, type RelationShape } from './relation-query';
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
}

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
    types: types?.length ? [...types].sort() : null,
    direction: 'BOTH',
    at: at ? { start: firstDay(at), end: lastDay(at) } : null,
    after: null,
    first: NEIGHBOURHOOD_FANOUT,
  };
}

export interface RelationPage {
  total: number;
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
  };
}

/** A request's values, as the statement's parameters. */
export function requestParams(id: string, filter: RelationFilter): Row {
  return {
    id,
    atStart: filter.at?.start ?? null,
    atEnd: filter.at?.end ?? null,
    after: filter.after,
    // One more than the page, to tell whether another page follows.
    limit: filter.first + 1,
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
        sortKey: item.sortKey as string,
      },
      ownerId,
    );
  });
  return {
    total: Number(row.total),
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
  const groups = new Map<string, { shape: RelationShape; params: Row[] }>();
  requests.forEach((request, key) => {
    const shape = shapeOf(request.filter);
    const group = groups.get(shapeKey(shape)) ?? { shape, params: [] };
    group.params.push({ key, ...requestParams(request.id, request.filter) });
    groups.set(shapeKey(shape), group);
  });
  const ordered = [...groups.values()];
  const rows = await db.read(relationsStatement(ordered.map((group) => group.shape)), {
    groups: ordered.map((group) => group.params),
  });
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  return requests.map((request, key) => toRelationPage(request.id, request.filter, byKey.get(key)));
}
