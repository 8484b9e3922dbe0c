import type { Database } from '../db/database';
import { readStoredState, writePlan, type WritePlan } from './dataset.repository';
import { readDatasetFiles, DATA_DIR } from './files';
import { toGraphRecords } from './graph-records';
import { validateDataset } from './validate';

export interface SeedReport {
  /** False when the graph already held this very dataset and nothing was written. */
  written: boolean;
  entities: { created: number; updated: number; deleted: number; unchanged: number };
  relations: { created: number; updated: number; deleted: number; unchanged: number };
  citations: number;
}

/**
 * Loads data/ into the graph: validates everything first (a DatasetError, nothing written), then
 * writes only what differs from the stored graph, in one transaction. Loading the same dataset
 * twice writes nothing the second time; changing one fact rewrites that fact alone.
 */
export async function seedGraph(db: Database, dir: string = DATA_DIR): Promise<SeedReport> {
  const records = toGraphRecords(validateDataset(readDatasetFiles(dir)));
  const stored = await readStoredState(db);

  const entityIds = new Set(records.entities.map((e) => e.id));
  const relationIds = new Set(records.relations.map((r) => r.id));
  const upsertEntities = records.entities.filter((e) => stored.entities.get(e.id) !== e.hash);
  const changedRelations = records.relations.filter((r) => stored.relations.get(r.id)?.hash !== r.hash);
  const goneRelations = [...stored.relations].filter(([id]) => !relationIds.has(id));
  const plan: WritePlan = {
    records,
    upsertEntities,
    deleteEntities: [...stored.entities.keys()].filter((id) => !entityIds.has(id)),
    deleteRelations: [
      ...goneRelations.map(([id, { from }]) => ({ id, from })),
      ...changedRelations
        .filter((r) => stored.relations.has(r.id))
        .map((r) => ({ id: r.id, from: stored.relations.get(r.id)!.from })),
    ],
    createRelations: changedRelations,
  };
  const changes =
    plan.upsertEntities.length +
    plan.deleteEntities.length +
    plan.deleteRelations.length +
    plan.createRelations.length;
  const written = changes > 0 || stored.hash !== records.hash;
  if (written) await writePlan(db, plan);

  const createdEntities = upsertEntities.filter((e) => !stored.entities.has(e.id)).length;
  const createdRelations = changedRelations.filter((r) => !stored.relations.has(r.id)).length;
  return {
    written,
    entities: {
      created: createdEntities,
      updated: upsertEntities.length - createdEntities,
      deleted: plan.deleteEntities.length,
      unchanged: records.entities.length - upsertEntities.length,
    },
    relations: {
      created: createdRelations,
      updated: changedRelations.length - createdRelations,
      deleted: goneRelations.length,
      unchanged: records.relations.length - changedRelations.length,
    },
    citations: records.citations.length,
  };
}
