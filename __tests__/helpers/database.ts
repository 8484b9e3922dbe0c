import { createDriver, Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';

/** The database global-setup prepared (or the disposable one NEO4J_URI names). */
export function testDatabase(): Database {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (!NEO4J_URI || !NEO4J_PASSWORD) throw new Error('global-setup did not provide a Neo4j');
  return new Database(
    createDriver({ uri: NEO4J_URI, username: NEO4J_USERNAME ?? 'neo4j', password: NEO4J_PASSWORD }),
    NEO4J_DATABASE ?? 'neo4j',
  );
}

/** Empties the graph and puts the schema back: each suite starts from nothing it did not make. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write({ name: 'test/clear', text: 'MATCH (n) DETACH DELETE n' });
  await applySchema(db);
}
