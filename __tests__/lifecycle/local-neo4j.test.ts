import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../../src/db/database';
import { ensureLocalNeo4jBuilt, LocalNeo4j, LocalNeo4jError } from '../../src/db/local-neo4j';

/** One local Neo4j of this suite's own, started twice in the same folder. */
describe('the local Neo4j', () => {
  const password = 'keep-test-password';
  let home: string;
  let neo4j: LocalNeo4j;

  const query = async (text: string) => {
    const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), 'neo4j');
    try {
      return await db.write({ name: 'test/local', text });
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-local-'));
    neo4j = await LocalNeo4j.start({ home, port: 0, password });
  });

  afterAll(async () => {
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('serves the APOC core procedures the benchmark peer needs', async () => {
    const [row] = await query('RETURN apoc.version() AS version');
    expect(row.version).toMatch(/^5\.26\./);
  });

  it('says what is missing and names the alternatives when Java is not installed', async () => {
    await expect(ensureLocalNeo4jBuilt(() => {}, { PATH: '/nonexistent' })).rejects.toThrow(
      new LocalNeo4jError(
        'Java 17 or newer is needed to run the local Neo4j, and no `java` was found. Alternatives: run ' +
          '`docker compose up` (Docker), or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to an existing Neo4j 5 server.',
      ),
    );
  });

  it('explains a Bolt port that is taken', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-port-'));
    try {
      await expect(LocalNeo4j.start({ home: other, port: neo4j.port, password })).rejects.toThrow(
        new RegExp(
          `^Bolt port ${neo4j.port} is already in use\\. Stop what holds it, or set NEO4J_LOCAL_BOLT_PORT`,
        ),
      );
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('keeps its data across restarts in the same folder', async () => {
    await query("CREATE (:Marker {name: 'kept'})");
    await neo4j.stop();
    neo4j = await LocalNeo4j.start({ home, port: 0, password });
    expect(await query('MATCH (m:Marker) RETURN m.name AS name')).toEqual([{ name: 'kept' }]);
  });
});
