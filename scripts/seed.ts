import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { DatasetError } from '../src/dataset/validate';
import { seedGraph } from '../src/dataset/seed';

/**
 * npm run seed — validates data/ and loads it into the configured Neo4j (the local one, started
 * for the purpose, when NEO4J_URI is unset). Prints what changed.
 */
async function seed(): Promise<void> {
  const config = loadConfig();
  const target = config.neo4j;
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
    await applySchema(db);
    const report = await seedGraph(db);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await db.close();
    await local?.stop();
  }
}

seed().catch((error: unknown) => {
  const known = error instanceof DatasetError || error instanceof ConfigError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
