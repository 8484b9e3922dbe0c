import type { Database } from '../db/database';
import {
  keyTenuresByStart,
  readDatasetHash,
  readStoredState,
  writePlan,
  type WritePlan,
} from './dataset.repository';
import { readDatasetFiles, DATA_DIR } from './files';
import { toGraphRecords } from '../graph/records';
import { validateDataset } from './validate';

export interface Counts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export interface SeedReport {
  /** False when the graph already held this very dataset and nothing was written. */
  written: boolean;
  entities: Counts;
  relations: Counts;
  citations: number;
  /** Dataset changes not applied because a curator has changed or retracted the element since. */
  conflicts: Array<{ id: string; element: 'entity' | 'relation'; reason: string }>;
}

const CURATED = "a curator has changed or retracted it since it was loaded; the curator's version stays";
const ADDED = "a curator added it through the API; the graph keeps the curator's version";

/**
 * Loads data/ into the graph: validates everything first (a DatasetError, nothing written), then
 * writes only what differs from the stored graph, in one transaction. Loading the same dataset
 * twice writes nothing the second time, and finds that out from the dataset's hash alone (the
 * load writes it last, in its transaction; the hash covers every stored property), without
 * reading the graph; changing one fact rewrites that fact alone. What a curator has changed or
 * retracted is never overwritten: it is reported as a conflict instead.
 */
export async function seedGraph(db: Database, dir: string = DATA_DIR): Promise<SeedReport> {
  const records = toGraphRecords(validateDataset(readDatasetFiles(dir)));
  if ((await readDatasetHash(db)) === records.hash) {
    const unchanged = (count: number): Counts => ({ created: 0, updated: 0, deleted: 0, unchanged: count });
    return {
      written: false,
      entities: unchanged(records.entities.length),
      relations: unchanged(records.relations.length),
      citations: records.citations.length,
      conflicts: [],
    };
  }
  const stored = await readStoredState(db);
  const conflicts: SeedReport['conflicts'] = [];
  const curated = (element: 'entity' | 'relation', id: string, listed = true): boolean => {
    const found = (element === 'entity' ? stored.entities : stored.relations).get(id);
    if (found?.curated && listed)
      conflicts.push({ id, element, reason: found.origin === 'curator' ? ADDED : CURATED });
    return found?.curated ?? false;
  };
  const retracted = new Set(
    [...stored.entities].filter(([, e]) => e.curated && e.origin !== 'curator').map(([id]) => id),
  );

  const entityIds = new Set(records.entities.map((e) => e.id));
  const relationIds = new Set(records.relations.map((r) => r.id));
  const upsertEntities = records.entities.filter(
    (e) => stored.entities.get(e.id)?.hash !== e.hash && !curated('entity', e.id),
  );
  const changedRelations = records.relations.filter((r) => {
    if (stored.relations.get(r.id)?.hash === r.hash || curated('relation', r.id)) return false;
    if (retracted.has(r.from) || retracted.has(r.to)) {
      conflicts.push({
        id: r.id,
        element: 'relation',
        reason: 'an entity at one of its ends was changed or retracted by a curator',
      });
      return false;
    }
    return true;
  });
  const goneRelations = [...stored.relations].filter(
    ([id, relation]) => !relationIds.has(id) && !curated('relation', id, relation.origin !== 'curator'),
  );
  const plan: WritePlan = {
    records,
    upsertEntities,
    deleteEntities: [...stored.entities]
      .filter(([id, entity]) => !entityIds.has(id) && !curated('entity', id, entity.origin !== 'curator'))
      .map(([id]) => id),
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
  if (written) {
    await writePlan(db, plan);
    await keyTenuresByStart(db);
  }

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
    conflicts,
  };
}
