import { loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { LocalNeo4j } from '../src/db/local-neo4j';

/**
 * Runs `work` against the configured Neo4j (the local one, started for the purpose and stopped
 * after, when NEO4J_URI is unset): what npm run seed and npm run data:export share.
 */
export async function withConfiguredDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const target = loadConfig().neo4j;
  let local: LocalNeo4j | undefined;
  let uri = target.kind === 'remote' ? target.uri : '';
  if (target.kind === 'local') {
    local = await LocalNeo4j.start({
      home: target.home,
      port: target.boltPort,
      password: target.password,
      heap: target.heap,
      pageCache: target.pageCache,
      progress: (message) => process.stderr.write(`[neo4j] ${message}\n`),
    });
    uri = local.uri;
  }
  const db = new Database(
    createDriver({ uri, username: target.username, password: target.password }),
    target.database,
  );
  try {
    return await work(db);
  } finally {
    await db.close();
    await local?.stop();
  }
}
