import type { LocalNeo4j } from '../../src/db/local-neo4j';

export const TEST_PASSWORD = 'test-neo4j-password';

declare global {
  // Set by global-setup, read by global-teardown (same process).
  var __TEST_NEO4J__: { local: LocalNeo4j; home: string } | undefined;
}
