import type { Database, Row, Tx } from '../db/database';
import { cypher } from '../db/queries';
import type { Rank } from '../domain/ranks';
import { BEYOND } from '../graph/citation.context';
import { PROPOSAL_CONTEXT_CHARS } from './proposal.types';

/** The only code that names the proposal statements of cypher/curation/; writes run in the caller's transaction. */

export async function createProposal(
  tx: Tx,
  params: { id: string; props: Row; actor: string },
): Promise<{ created: boolean; props: Row }> {
  const [row] = await tx.run(cypher('curation/create-proposal'), params);
  return { created: row.created as boolean, props: row.props as Row };
}

export async function lockProposal(tx: Tx, id: string, requestId: string): Promise<Row | null> {
  const [row] = await tx.run(cypher('curation/lock-proposal'), { id, requestId });
  return row ? (row.props as Row) : null;
}

export async function reviewProposal(
  tx: Tx,
  params: { id: string; status: 'ACCEPTED' | 'REJECTED'; actor: string; reason: string; rank: Rank | null },
): Promise<void> {
  await tx.run(cypher('curation/review-proposal'), params);
}

export async function addRelationCitation(tx: Tx, params: Row): Promise<Row | null> {
  const [row] = await tx.run(cypher('curation/add-relation-citation'), params);
  return row ? (row.props as Row) : null;
}

export async function addEntityCitation(tx: Tx, params: Row): Promise<Row | null> {
  const [row] = await tx.run(cypher('curation/add-entity-citation'), params);
  return row ? (row.props as Row) : null;
}

/** A proposal as the queue's statement returns it: its properties, the ends of its statement, its quote's window. */
export interface ProposalRow {
  props: Row;
  from: Row | null;
  to: Row | null;
  window: { from: number; text: string } | null;
}

export interface ProposalQuery {
  status: string | null;
  entity: string | null;
  id: string | null;
  after: string | null;
  limit: number;
  counted: boolean;
}

const REACH = PROPOSAL_CONTEXT_CHARS + BEYOND;

/** A page of the queue, or one proposal by id; in a transaction when given one (a mutation's answer). */
export async function proposalsPage(
  db: Database | Tx,
  query: ProposalQuery,
): Promise<{ total: number | null; page: ProposalRow[] }> {
  const statement = cypher('curation/proposals-page');
  const params = { ...query, reach: REACH };
  const [row] = 'read' in db ? await db.read(statement, params) : await db.run(statement, params);
  return {
    total: row.total === null ? null : Number(row.total),
    page: row.page as ProposalRow[],
  };
}

/** One proposal by its id, as the queue shows it; undefined when there is none. */
export async function proposalById(db: Database | Tx, id: string): Promise<ProposalRow | undefined> {
  const { page } = await proposalsPage(db, {
    status: null,
    entity: null,
    id,
    after: null,
    limit: 1,
    counted: false,
  });
  return page[0];
}
