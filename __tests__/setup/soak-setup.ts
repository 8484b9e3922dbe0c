import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/paths';
import { startTestNeo4j, TEST_PASSWORD, useTestJvmOptions } from './test-neo4j';

/**
 * The soak tier's setup: the server it attacks, built (SOAK_SERVER_ROOT names another checkout,
 * e.g. the code before the fixes, for the "before" figures), and one throw-away Neo4j for all its
 * suites, which run one at a time (npm run test:soak runs in band). Each server the suites start
 * loads its own dataset into it on its first start.
 */
export default async function soakSetup(): Promise<void> {
  useTestJvmOptions();
  const root = process.env.SOAK_SERVER_ROOT ?? projectRoot;
  // The whole build, the explorer's files included: the server answers 503 for its pages without them.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const neo4j = await startTestNeo4j('soak');
  globalThis.__TEST_NEO4J__ = [neo4j];
  process.env.SOAK_NEO4J_URI = neo4j.uri;
  process.env.SOAK_NEO4J_PID = String(neo4j.local.pid);
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
}
