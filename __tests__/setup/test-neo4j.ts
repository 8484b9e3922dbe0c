import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/local-neo4j';

export const TEST_PASSWORD = 'test-neo4j-password';

/** A throw-away local Neo4j: a free port, a temporary folder; stop() removes both. */
export interface TestNeo4j {
  local: LocalNeo4j;
  uri: string;
  stop(): Promise<void>;
}

export async function startTestNeo4j(name: string, password = TEST_PASSWORD): Promise<TestNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `oickg-${name}-`));
  const local = await LocalNeo4j.start({
    home,
    port: 0,
    password,
    progress: (message) => process.stderr.write(`[neo4j ${name}] ${message}\n`),
  });
  return {
    local,
    uri: local.uri,
    async stop() {
      await local.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

declare global {
  // Set by a global setup, read by its teardown (the same process).
  var __TEST_NEO4J__: TestNeo4j[] | undefined;
}
