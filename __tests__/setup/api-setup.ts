import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { seedGraph } from '../../src/dataset/seed';
import { startTestNeo4j, TEST_PASSWORD, useTestJvmOptions } from './test-neo4j';

/**
 * The api tier's databases. Two throw-away local Neo4j servers start side by side: the shared
 * one holds the curated dataset, loaded once, and is only read, so read-only suites run in
 * parallel on it; the scratch one belongs to one writing suite at a time (a lock, see
 * helpers/database.ts), which clears and fills it as it likes.
 *
 * With NEO4J_URI set, the tests use that server for both (and run one suite at a time, see
 * jest.config.js); since they delete everything in it, they refuse unless
 * NEO4J_TEST_DATABASE_IS_DISPOSABLE=yes says it may be wiped.
 */
export default async function apiSetup(): Promise<void> {
  // The api and e2e tiers share these databases: whichever tier's setup runs first starts them.
  if (process.env.OICKG_TEST_NEO4J_READY === 'yes') return;
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_TEST_DATABASE_IS_DISPOSABLE !== 'yes') {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}) and the tests would delete everything in it. ` +
          'Unset it to test on throw-away local Neo4j servers, or set NEO4J_TEST_DATABASE_IS_DISPOSABLE=yes.',
      );
    }
    process.env.NEO4J_SCRATCH_URI = process.env.NEO4J_URI;
  } else {
    useTestJvmOptions();
    const [shared, scratch] = await Promise.all([startTestNeo4j('shared'), startTestNeo4j('scratch')]);
    globalThis.__TEST_NEO4J__ = [shared, scratch];
    process.env.NEO4J_URI = shared.uri;
    process.env.NEO4J_SCRATCH_URI = scratch.uri;
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = TEST_PASSWORD;
    process.env.NEO4J_DATABASE = 'neo4j';
  }
  process.env.NEO4J_SCRATCH_LOCK = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-lock-')), 'held');
  const db = new Database(
    createDriver({
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD!,
    }),
    process.env.NEO4J_DATABASE ?? 'neo4j',
    // Loading the dataset is one transaction; on a busy shared machine it can take past a request's 10 s.
    { transactionTimeoutMs: 120_000 },
  );
  try {
    await db.write({ name: 'test/clear', text: 'MATCH (n) DETACH DELETE n' });
    await applySchema(db);
    await seedGraph(db);
  } finally {
    await db.close();
  }
  process.env.OICKG_TEST_NEO4J_READY = 'yes';
}
