import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/local-neo4j';

export const TEST_PASSWORD = 'test-neo4j-password';

/**
 * JVM flags for every Neo4j the tests start, their own and those of the server processes they
 * run (`npm start` keeps the defaults):
 *  - the JIT's first tier only. A test Neo4j lives seconds to minutes and answers small queries,
 *    so the optimising compiler never pays back what it costs: about half of a start's CPU.
 *  - compile thresholds three times the default. A test Neo4j runs most of its code (the Cypher
 *    planner above all, for statements it sees once) a few times only, and compiling it costs
 *    more than interpreting it: the api tier's two JVMs 120–127 → 108 CPU-seconds (scaling 5:
 *    112, 10: 121), with starts unchanged.
 */
const TEST_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:CompileThresholdScaling=3'];

/**
 * Hands TEST_JVM_OPTIONS to every `java` started from this process and its children, through the
 * JDK's own JDK_JAVA_OPTIONS (kept across a server process's environment by helpers/process.ts).
 * A global setup calls it: Jest's workers inherit the environment.
 */
export function useTestJvmOptions(): void {
  const current = (process.env.JDK_JAVA_OPTIONS ?? '').split(' ').filter(Boolean);
  const missing = TEST_JVM_OPTIONS.filter((option) => !current.includes(option));
  process.env.JDK_JAVA_OPTIONS = [...current, ...missing].join(' ');
}

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
