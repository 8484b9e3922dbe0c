import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/paths';
import { useTestJvmOptions } from './test-neo4j';

/**
 * The lifecycle tier runs the compiled server, as `npm start` does, so it builds it first: the
 * same incremental build as `npm run build`, which is quick when nothing changed. Its suites
 * start Neo4j servers of their own, with the tests' JVM flags.
 */
export default async function buildSetup(): Promise<void> {
  useTestJvmOptions();
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'inherit' });
}
