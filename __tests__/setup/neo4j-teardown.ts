/** Stops the Neo4j servers a global setup started. */
export default async function neo4jTeardown(): Promise<void> {
  await Promise.all((globalThis.__TEST_NEO4J__ ?? []).map((neo4j) => neo4j.stop()));
  globalThis.__TEST_NEO4J__ = undefined;
}
