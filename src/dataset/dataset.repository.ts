import type { Database } from '../db/database';
import { cypher } from '../db/queries';
import { factDateProps, type GraphRecords, type Props, type RelationRecord } from '../graph/records';
import { rankGroups } from '../graph/ranking';

export interface StoredElement {
  hash: string;
  /** A curator corrected, ended or retracted it (or an entity at one of its ends), or added it. */
  curated: boolean;
  /** 'curator' for what a curator added through the API (the dataset may hold it since data:export). */
  origin: string;
}

export interface StoredState {
  hash: string | null;
  entities: Map<string, StoredElement>;
  relations: Map<string, StoredElement & { from: string }>;
}

export async function readDatasetHash(db: Database): Promise<string | null> {
  const [row] = await db.read(cypher('dataset/read-hash'));
  return (row?.hash as string | null) ?? null;
}

/**
 * Loading the dataset is one transaction, which may take minutes on a slow disk or a large graph
 * (the benchmark's 100k entities), where a request's 10 s would stop it half way.
 */
export const LOAD_TIMEOUT_MS = 600_000;

export async function readStoredState(db: Database): Promise<StoredState> {
  const [row] = await db.readTransaction((tx) => tx.run(cypher('dataset/read-state')), {
    timeoutMs: LOAD_TIMEOUT_MS,
  });
  const entities = row.entities as Array<StoredElement & { id: string }>;
  const relations = row.relations as Array<StoredElement & { id: string; from: string }>;
  return {
    hash: (row.hash as string | null) ?? null,
    entities: new Map(entities.map(({ id, ...element }) => [id, element])),
    relations: new Map(relations.map(({ id, ...element }) => [id, element])),
  };
}

export interface WritePlan {
  records: GraphRecords;
  upsertEntities: GraphRecords['entities'];
  deleteEntities: string[];
  /** Changed relations are deleted and created again: a type or an end may have changed. */
  deleteRelations: Array<{ id: string; from: string }>;
  createRelations: RelationRecord[];
}

/** Writes the plan in one transaction: the graph holds the whole new dataset, or the old one. */
export async function writePlan(db: Database, plan: WritePlan): Promise<void> {
  await db.writeTransaction(
    async (tx) => {
      await tx.run(cypher('dataset/upsert-sources'), { sources: plan.records.sources });
      await tx.run(cypher('dataset/upsert-citations'), { citations: plan.records.citations });
      await tx.run(cypher('dataset/delete-relations'), { relations: plan.deleteRelations });
      await tx.run(cypher('dataset/delete-entities'), { ids: plan.deleteEntities });
      await tx.run(cypher('dataset/upsert-entities'), { entities: plan.upsertEntities });
      await tx.run(cypher('dataset/create-relations'), { relations: plan.createRelations });
      // Statements the dataset ranks, or that join a group where a curator ranked another: which
      // answer is a stored flag, set here as a curator's rank change sets it (graph/ranking.ts).
      await rankGroups(
        tx,
        plan.createRelations.map((relation) => ({
          type: relation.type,
          from: relation.from,
          to: relation.to,
        })),
      );
      await tx.run(cypher('dataset/delete-orphan-citations'));
      await tx.run(cypher('dataset/write-state'), {
        hash: plan.records.hash,
        entityCount: plan.records.entities.length,
        relationCount: plan.records.relations.length,
      });
    },
    { timeoutMs: LOAD_TIMEOUT_MS },
  );
}

/**
 * Gives the tenures a curator stored before tenures had a start key (startSort) their key, by the
 * loader's own rule (factDateProps), so that they take their place in the order tenures began.
 * Runs when the dataset is written, that is when the stored form changes.
 */
export async function keyTenuresByStart(db: Database): Promise<void> {
  const missing = await db.read(cypher<{ id: string; props: Props }>('dataset/tenures-without-start-key'));
  if (missing.length === 0) return;
  await db.write(cypher('dataset/set-tenure-start-keys'), {
    rows: missing.map((row) => ({ id: row.id, startSort: factDateProps(row.props).startSort })),
  });
}
