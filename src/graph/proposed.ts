import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database';
import { cypher } from '../db/queries';
import type { RelationType } from '../domain/relation-types';
import { toPage, type Page } from '../graphql/connection';
import { toEntityNode, toRelationNode, type RelationNode } from './graph.nodes';

/**
 * Proposed statements in the generic view (Entity.relations(includeProposed: true)): the pending
 * RELATION proposals about an entity, listed after its accepted relations, each as the relation it
 * would be (Relation.status PROPOSED, Relation.proposalId). Proposals are :Proposal nodes that
 * hold the ids of their ends as properties (curation/), read here by index: a read that does not
 * ask for them never touches them.
 */

/**
 * The cursor of a proposed statement: after every accepted relation's (those begin with their
 * type, in capitals, and '~' sorts after them), so that one cursor walks the accepted relations
 * and then the proposed ones.
 */
export const PROPOSED_KEY = '~proposed|';

export interface ProposedRequest {
  id: string;
  types: RelationType[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  at: { start: string; end: string } | null;
  /** The cursor within the proposed statements (their key without PROPOSED_KEY), or null. */
  after: string | null;
  limit: number;
  counted: boolean;
}

export interface ProposedPage {
  total: number | null;
  relations: RelationNode[];
}

/** A pending proposal's statement as a relation seen from `ownerId`, with the entity at its other end. */
export function toProposedRelation(
  proposal: Row,
  other: Row,
  ownerId: string = String(proposal.fromId),
  sortKey?: string,
): RelationNode {
  const props = JSON.parse(String(proposal.statement)) as Row;
  return {
    ...toRelationNode(
      {
        type: proposal.relationType,
        source: String(proposal.fromId),
        target: String(proposal.toId),
        props,
        sortKey,
      },
      ownerId,
    ),
    other: toEntityNode(other),
    proposalId: String(proposal.id),
  };
}

interface ProposedRow {
  key: number;
  total: number | null;
  page: Array<{ k: string; proposal: Row; o: Row }>;
}

/** Every request of a tick in one statement (UNWIND $requests), answered in key order. */
export function proposedLoader(db: Database) {
  return new DataLoader<ProposedRequest, ProposedPage, string>(
    async (requests) => {
      const rows = await db.read<ProposedRow>(cypher<ProposedRow>('graph/proposed-relations'), {
        requests: requests.map((request, key) => ({
          key,
          id: request.id,
          types: request.types,
          direction: request.direction,
          atStart: request.at?.start ?? null,
          atEnd: request.at?.end ?? null,
          after: request.after,
          limit: request.limit,
          counted: request.counted,
        })),
      });
      const byKey = new Map(rows.map((row) => [Number(row.key), row]));
      return requests.map((request, key) => {
        const row = byKey.get(key);
        return {
          total: row?.total === null || row?.total === undefined ? null : Number(row.total),
          relations: (row?.page ?? []).map((item) =>
            toProposedRelation(item.proposal, item.o, request.id, PROPOSED_KEY + item.k),
          ),
        };
      });
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}

/**
 * An accepted page of Entity.relations, followed, once the accepted relations run out, by the
 * pending proposed statements that fit the same filter: one list, one cursor, one total.
 */
export async function withProposed<T extends Page<RelationNode>>(
  loader: DataLoader<ProposedRequest, ProposedPage, string>,
  accepted: T,
  request: Omit<ProposedRequest, 'after' | 'limit'> & { after: string | null; first: number },
): Promise<T> {
  const inProposed = request.after?.startsWith(PROPOSED_KEY)
    ? request.after.slice(PROPOSED_KEY.length)
    : null;
  const room = accepted.pageInfo.hasNextPage ? 0 : request.first - accepted.nodes.length;
  if (room === 0 && !request.counted) return accepted;
  const proposed = await loader.load({ ...request, after: inProposed, limit: room + 1 });
  const relations = [...accepted.nodes, ...proposed.relations.slice(0, room)];
  const page = toPage(
    relations,
    (relation) => relation.sortKey,
    accepted.totalCount + (proposed.total ?? 0),
    accepted.pageInfo.hasNextPage || proposed.relations.length > room,
    request.after,
  );
  return { ...accepted, ...page };
}
