import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalNeo4jBuilt, LocalNeo4j, LocalNeo4jError } from '../src/db/local-neo4j';

describe('the local Neo4j', () => {
  it('serves the APOC core procedures the benchmark peer needs', async () => {
    const { testDatabase } = await import('./helpers/database');
    const db = testDatabase();
    try {
      const [row] = await db.read({ name: 'test/apoc', text: 'RETURN apoc.version() AS version' });
      expect(row.version).toMatch(/^5\.26\./);
    } finally {
      await db.close();
    }
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
    const taken = new URL(process.env.NEO4J_URI!).port;
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-port-'));
    try {
      await expect(
        LocalNeo4j.start({ home, port: Number(taken), password: 'port-test-password' }),
      ).rejects.toThrow(
        new RegExp(
          `^Bolt port ${taken} is already in use\\. Stop what holds it, or set NEO4J_LOCAL_BOLT_PORT`,
        ),
      );
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('keeps its data across restarts in the same folder', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-keep-'));
    const { createDriver, Database } = await import('../src/db/database');
    const password = 'keep-test-password';
    const write = async (port: number, text: string) => {
      const db = new Database(
        createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password }),
        'neo4j',
      );
      try {
        return await db.write({ name: 'test/keep', text });
      } finally {
        await db.close();
      }
    };
    try {
      let neo4j = await LocalNeo4j.start({ home, port: 0, password });
      await write(neo4j.port, "CREATE (:Marker {name: 'kept'})");
      await neo4j.stop();
      neo4j = await LocalNeo4j.start({ home, port: 0, password });
      expect(await write(neo4j.port, 'MATCH (m:Marker) RETURN m.name AS name')).toEqual([{ name: 'kept' }]);
      await neo4j.stop();
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
