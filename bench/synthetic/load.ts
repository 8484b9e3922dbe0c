import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { cypher } from '../../src/db/queries';
import { toGraphRecords } from '../../src/graph/records';
import { projectRoot } from '../../src/paths';
import type { SyntheticGraph } from './graph';

/**
 * Writes a synthetic graph with the dataset loader's own records and statements
 * (src/graph/records.ts, cypher/dataset/upsert-*.cypher, create-relations.cypher), one
 * transaction per batch, so that what is stored (search keys, date Start/End properties,
 * citationIds, CITED_BY citations) is exactly what the server reads from a curated load.
 * Entities first (with their sources and citations), then relations.
 */

/** Bump when the generator's output changes, so a kept Neo4j home is not taken for a new graph. */
export const GENERATOR_VERSION = 3;

/**
 * What decides how the graph is stored, besides the generator: the loader's records and its
 * statements, and the schema. A kept Neo4j home written by other versions of these is loaded again.
 */
export function storedFormHash(): string {
  const hash = createHash('sha256');
  const files = [
    path.join(projectRoot, 'src', 'graph', 'records.ts'),
    ...['dataset', 'schema'].flatMap((dir) =>
      fs
        .readdirSync(path.join(projectRoot, 'cypher', dir))
        .sort()
        .map((file) => path.join(projectRoot, 'cypher', dir, file)),
    ),
  ];
  for (const file of files)
    hash.update(`${path.relative(projectRoot, file)}\n${fs.readFileSync(file, 'utf8')}\n`);
  return hash.digest('hex').slice(0, 16);
}

export interface LoadReport {
  entities: number;
  relations: number;
  sources: number;
  citations: number;
  seconds: number;
  entitySeconds: number;
  relationSeconds: number;
}

type Progress = (message: string) => void;

/** Prints progress at most every two seconds: done/total, rate and the time left at that rate. */
class Meter {
  private readonly started = Date.now();
  private last = 0;
  private finished = false;

  constructor(
    private readonly what: string,
    private readonly total: number,
    private readonly progress: Progress,
  ) {}

  update(done: number, force = false): void {
    const now = Date.now();
    if (this.finished || (!force && done < this.total && now - this.last < 2000)) return;
    this.last = now;
    this.finished = done >= this.total;
    const seconds = (now - this.started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (this.total - done) / rate : Infinity;
    this.progress(
      `${this.what}: ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} ` +
        `(${((100 * done) / this.total).toFixed(0)}%), ${Math.round(rate).toLocaleString('en')}/s, ` +
        `${done < this.total ? `ETA ${Math.ceil(eta)} s` : `done in ${seconds.toFixed(1)} s`}`,
    );
  }

  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}

/**
 * Writes batch after batch; the next batch is generated while Neo4j writes the current one, so
 * the generator's CPU time overlaps the database's.
 */
async function pipeline<T>(batches: Iterator<T>, write: (batch: T) => Promise<void>): Promise<void> {
  let next = batches.next();
  while (!next.done) {
    const writing = write(next.value);
    next = batches.next();
    await writing;
  }
}

export async function loadSyntheticGraph(
  db: Database,
  graph: SyntheticGraph,
  progress: Progress,
): Promise<LoadReport> {
  let sources = 0;
  let citations = 0;
  let entities = 0;
  const entityMeter = new Meter('entities written', graph.size, progress);
  await pipeline(graph.entityBatches(), async (batch) => {
    const records = toGraphRecords({ sources: batch.sources, entities: batch.entities, relations: [] });
    await db.writeTransaction(async (tx) => {
      await tx.run(cypher('dataset/upsert-sources'), { sources: records.sources });
      await tx.run(cypher('dataset/upsert-citations'), { citations: records.citations });
      await tx.run(cypher('dataset/upsert-entities'), { entities: records.entities });
    });
    sources += records.sources.length;
    citations += records.citations.length;
    entities += records.entities.length;
    entityMeter.update(entities);
  });
  entityMeter.update(entities, true);

  let relations = 0;
  const relationMeter = new Meter('relations written', graph.relationCount, progress);
  await pipeline(graph.relationBatches(), async (batch) => {
    const records = toGraphRecords({ sources: batch.sources, entities: [], relations: batch.relations });
    // A relation's citation is its own sentence (a dated one) or its source entity's, already stored.
    const own = new Set(records.sources.map((s) => s.id as string));
    await db.writeTransaction(async (tx) => {
      await tx.run(cypher('dataset/upsert-sources'), { sources: records.sources });
      await tx.run(cypher('dataset/upsert-citations'), {
        citations: records.citations.filter((c) => own.has(c.sourceId)),
      });
      await tx.run(cypher('dataset/create-relations'), { relations: records.relations });
    });
    sources += records.sources.length;
    citations += records.citations.filter((c) => own.has(c.sourceId)).length;
    relations += records.relations.length;
    relationMeter.update(relations);
  });
  relationMeter.update(relations, true);
  return {
    entities,
    relations,
    sources,
    citations,
    seconds: entityMeter.seconds,
    entitySeconds: entityMeter.seconds - relationMeter.seconds,
    relationSeconds: relationMeter.seconds,
  };
}

/** What a kept Neo4j home holds, so a rerun on the same graph skips the load. */
export interface StoredGraph {
  size: number;
  seed: number;
  version: number;
  /** storedFormHash() when it was loaded. */
  storedForm: string;
  loadSeconds: number;
}

// The marker is the benchmark's own node (not an :Entity, so the API never sees it), read and
// written here only; its statements are inline because they are no part of the server.
export async function readStoredGraph(db: Database): Promise<StoredGraph | null> {
  const [row] = await db.read({
    name: 'bench/read-marker',
    text: `OPTIONAL MATCH (g:BenchGraph {id: 'synthetic'})
           RETURN g.size AS size, g.seed AS seed, g.version AS version, g.storedForm AS storedForm,
                  g.loadSeconds AS loadSeconds`,
  });
  return row?.size == null ? null : (row as unknown as StoredGraph);
}

export async function writeStoredGraph(db: Database, stored: StoredGraph): Promise<void> {
  await db.write(
    {
      name: 'bench/write-marker',
      text: `MERGE (g:BenchGraph {id: 'synthetic'})
             SET g.size = $size, g.seed = $seed, g.version = $version, g.storedForm = $storedForm,
                 g.loadSeconds = $loadSeconds`,
    },
    { ...stored },
  );
}

export async function countStored(db: Database): Promise<{ entities: number; relations: number }> {
  const [row] = await db.read({
    name: 'bench/count',
    text: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
           CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
           RETURN entities, relations`,
  });
  return { entities: row.entities as number, relations: row.relations as number };
}
