import type { Database } from './database';
import { cypher, cypherStatements } from './queries';

/**
 * Applies cypher/schema/*.cypher. Every statement says IF NOT EXISTS, so this runs at each start;
 * schema commands cannot share a transaction with each other, so each runs in its own.
 */
export async function applySchema(db: Database): Promise<void> {
  for (const file of ['schema/constraints', 'schema/indexes']) {
    for (const statement of cypherStatements(file)) await db.write(statement);
  }
  await db.write(cypher('schema/await-indexes'));
}
