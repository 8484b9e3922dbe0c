import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { projectRoot } from '../../src/paths';
import { TEST_PASSWORD } from './test-neo4j';

/**
 * Starts a throw-away local Neo4j for the whole run (a free port, a temporary folder), unless
 * NEO4J_URI names a server, which the tests then clear and fill: they refuse to do that unless
 * NEO4J_TEST_DATABASE_IS_DISPOSABLE=yes says it may be wiped.
 */
export default async function globalSetup(): Promise<void> {
  // The process-level tests run the compiled server, as `npm start` does.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_TEST_DATABASE_IS_DISPOSABLE !== 'yes') {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}) and the tests would delete everything in it. ` +
          'Unset it to test on a throw-away local Neo4j, or set NEO4J_TEST_DATABASE_IS_DISPOSABLE=yes.',
      );
    }
    return;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-test-neo4j-'));
  const local = await LocalNeo4j.start({
    home,
    port: 0,
    password: TEST_PASSWORD,
    progress: (message) => process.stderr.write(`[neo4j] ${message}\n`),
  });
  process.env.NEO4J_URI = local.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.NEO4J_DATABASE = 'neo4j';
  globalThis.__TEST_NEO4J__ = { local, home };
}
