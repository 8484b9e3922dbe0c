import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
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
  kinds: EntityKind[] | null,
  after: string | null,
  limit: number,
): Promise<{ total: number; page: EntityNode[] }> {
  const [row] = await db.read(cypher('graph/entities-page'), { kinds, after, limit });
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
  types: string[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** First and last day of the "as of" date. */
  at: { start: string; end: string } | null;
  after: string | null;
  /** Page size; one more is read to tell whether another page follows. */
  first: number;
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

/**
 * Answers many (entity, filter) requests in one query. Each result carries the entity at the
 * other end of every relation, for the caller to prime its entity loader with.
 */
export async function relationsByRequests(
  db: Database,
  requests: readonly RelationRequest[],
): Promise<Array<RelationPage & { others: EntityNode[] }>> {
  const rows = await db.read(cypher('graph/relations-by-entity-ids'), {
    requests: requests.map((request, key) => ({
      key,
      id: request.id,
      types: request.filter.types,
      direction: request.filter.direction,
      atStart: request.filter.at?.start ?? null,
      atEnd: request.filter.at?.end ?? null,
      after: request.filter.after,
      limit: request.filter.first + 1,
    })),
  });
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  return requests.map((request, key) => {
    const row = byKey.get(key);
    if (!row) return { total: 0, relations: [], hasNextPage: false, others: [] };
    const items = row.page as Row[];
    const relations = items.map((item): RelationNode => {
      const otherId = (item.other as Row).id as string;
      const outgoing = item.direction === 'OUTGOING';
      return toRelationNode(
        {
          type: item.type,
          source: outgoing ? request.id : otherId,
          target: outgoing ? otherId : request.id,
          props: item.props as Row,
          sortKey: item.sortKey as string,
        },
        request.id,
      );
    });
    const first = request.filter.first;
    return {
      total: row.total as number,
      relations: relations.slice(0, first),
      hasNextPage: relations.length > first,
      others: items.slice(0, first).map((item) => toEntityNode(item.other as Row)),
    };
  });
}
