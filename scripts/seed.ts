import 'reflect-metadata';
import { ConfigError } from '../src/config';
import { applySchema } from '../src/db/schema';
import { DatasetError } from '../src/dataset/validate';
import { seedGraph } from '../src/dataset/seed';
import { withConfiguredDatabase } from './configured-database';

/**
 * npm run seed — validates data/ and loads it into the configured Neo4j (the local one, started
 * for the purpose, when NEO4J_URI is unset). Prints what changed.
 */
async function seed(): Promise<void> {
  const report = await withConfiguredDatabase(async (db) => {
    await applySchema(db);
    return seedGraph(db);
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

seed().catch((error: unknown) => {
  const known = error instanceof DatasetError || error instanceof ConfigError;
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
