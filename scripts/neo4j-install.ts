import { ensureLocalNeo4jBuilt, LocalNeo4jError } from '../src/db/local-neo4j';

/** npm run neo4j:install — fetches and builds the local Neo4j ahead of time (CI, offline use). */
ensureLocalNeo4jBuilt((message) => process.stdout.write(`[neo4j] ${message}\n`))
  .then(() => process.stdout.write('[neo4j] the local Neo4j is installed\n'))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof LocalNeo4jError ? error.message : String(error)}\n`);
    process.exit(1);
  });
