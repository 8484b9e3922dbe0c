import fs from 'node:fs';
import { createDriver, Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';

function connect(uri: string | undefined): Database {
  const { NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (!uri || !NEO4J_PASSWORD)
    throw new Error('the api tier setup (setup/api-setup.ts) did not provide a Neo4j');
  return new Database(
    createDriver({ uri, username: NEO4J_USERNAME ?? 'neo4j', password: NEO4J_PASSWORD }),
    NEO4J_DATABASE ?? 'neo4j',
  );
}

/**
 * The shared database: the curated dataset, loaded once by the tier's setup. Suites only read
 * it, so they run side by side; a suite that writes takes the scratch database instead.
 */
export function sharedDatabase(): Database {
  return connect(process.env.NEO4J_URI);
}

/**
 * How long a writing suite's beforeAll may take: it may wait for every other writing suite
 * before it gets the scratch database.
 */
export const SCRATCH_WAIT_MS = 900_000;

/** A database a suite may clear and fill; release() hands it to the next suite that waits. */
export interface ScratchDatabase extends Database {
  release(): Promise<void>;
}

/**
 * The scratch database, for one suite at a time: it waits for the lock (a directory, created
 * atomically), then empties the graph and puts the schema back, so the suite starts from
 * nothing it did not make.
 */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const lock = process.env.NEO4J_SCRATCH_LOCK;
  if (!lock) throw new Error('the api tier setup did not provide a scratch lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const db = connect(process.env.NEO4J_SCRATCH_URI) as ScratchDatabase;
  db.release = async () => {
    try {
      await db.close();
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  };
  try {
    await resetGraph(db);
  } catch (error) {
    await db.release();
    throw error;
  }
  return db;
}

/**
 * Another connection to the scratch database, for a suite that holds it: a second server
 * process writing the same graph (its own driver, its own per-process state).
 */
export function scratchConnection(): Database {
  return connect(process.env.NEO4J_SCRATCH_URI);
}

/** Empties the graph and puts the schema back. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write({ name: 'test/clear', text: 'MATCH (n) DETACH DELETE n' });
  await applySchema(db);
}
