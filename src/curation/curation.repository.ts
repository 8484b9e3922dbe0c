import type { Database, Row, Tx } from '../db/database';
import { cypher } from '../db/queries';

/** The only code that names the cypher/curation/ queries; every call runs in the caller's transaction. */

/** The kinds of thing that hold an id: see cypher/curation/id-uses.cypher. */
export type IdKind = 'ENTITY' | 'RELATION' | 'SOURCE';

/** What already holds an id, after taking the curation lock for the rest of the transaction. */
export async function idUses(tx: Tx, id: string, requestId: string): Promise<IdKind[]> {
  const [row] = await tx.run(cypher('curation/id-uses'), { id, requestId });
  return row.kinds as IdKind[];
}

export async function lockEntity(tx: Tx, params: Row): Promise<{ created: boolean; props: Row }> {
  const [row] = await tx.run(cypher('curation/lock-entity'), params);
  return { created: row.created as boolean, props: row.props as Row };
}

export async function writeEntity(tx: Tx, params: Row): Promise<Row> {
  const [row] = await tx.run(cypher('curation/write-entity'), params);
  return row.props as Row;
}

export async function retractEntity(tx: Tx, params: Row): Promise<Row | null> {
  const [row] = await tx.run(cypher('curation/retract-entity'), params);
  return row ? (row.props as Row) : null;
}

export interface StoredRelation {
  type: string;
  from: string;
  to: string;
  props: Row;
}

export async function lockRelation(tx: Tx, id: string, requestId: string): Promise<StoredRelation | null> {
  const [row] = await tx.run(cypher('curation/lock-relation'), { id, requestId });
  return row
    ? { type: row.type as string, from: row.from as string, to: row.to as string, props: row.props as Row }
    : null;
}

/** Locks the entity a relation starts from, for the rest of the transaction. */
export async function lockRelationStart(tx: Tx, id: string, requestId: string): Promise<void> {
  await tx.run(cypher('curation/lock-relation-start'), { id, requestId });
}

export async function createRelation(tx: Tx, params: Row): Promise<{ created: boolean; props: Row }> {
  const [row] = await tx.run(cypher('curation/create-relation'), params);
  return { created: row.created as boolean, props: row.props as Row };
}

export async function updateRelation(tx: Tx, params: Row): Promise<Row> {
  const [row] = await tx.run(cypher('curation/update-relation'), params);
  return row.props as Row;
}

export async function createCitation(tx: Tx, id: string, sourceId: string | null, props: Row): Promise<void> {
  await tx.run(cypher('curation/create-citation'), { id, sourceId, props });
}

export async function sourceWithText(tx: Tx, sha256: string): Promise<string | null> {
  const [row] = await tx.run(cypher('curation/source-by-hash'), { sha256 });
  return row ? (row.id as string) : null;
}

export async function createSource(tx: Tx, params: { props: Row; actor: string }): Promise<Row> {
  const [row] = await tx.run(cypher('curation/create-source'), params);
  return row.props as Row;
}

export async function rankRelation(tx: Tx, params: Row): Promise<Row> {
  const [row] = await tx.run(cypher('curation/rank-relation'), params);
  return row.props as Row;
}

export async function writeAudit(tx: Tx, entry: Row): Promise<Row> {
  const [row] = await tx.run(cypher('curation/write-audit'), { entry });
  return row.props as Row;
}

export async function readEntities(tx: Tx, ids: string[]): Promise<Map<string, Row>> {
  const rows = await tx.run(cypher('graph/entities-by-ids'), { ids });
  return new Map(rows.map((row) => [row.id as string, row.props as Row]));
}

export async function readSource(tx: Tx, id: string): Promise<Row | null> {
  const [row] = await tx.run(cypher('graph/sources-by-ids'), { ids: [id] });
  return row ? (row.props as Row) : null;
}

export async function auditPage(
  db: Database,
  targetId: string | null,
  after: string | null,
  limit: number,
): Promise<{ total: number; page: Row[] }> {
  const [row] = await db.read(cypher('curation/audit-page'), { targetId, after, limit });
  return { total: row.total as number, page: row.page as Row[] };
}
