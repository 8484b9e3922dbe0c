import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../src/app';
import { createDriver, Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { postGraphQL, startTestApp } from '../helpers/app';
import { waitFor } from '../helpers/process';

/** A Neo4j of its own, so that stopping it disturbs no other suite. */
describe('readiness while Neo4j goes away and comes back', () => {
  const password = 'readiness-password';
  let home: string;
  let neo4j: LocalNeo4j;
  let db: Database;
  let app: App;

  const ready = async (): Promise<number> =>
    (await fetch(app.url.replace('/graphql', '/health/ready'))).status;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-readiness-'));
    neo4j = await LocalNeo4j.start({ home, port: 0, password });
    db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), 'neo4j');
    app = await startTestApp(db);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('is ready, then 503 with coded errors while Neo4j is down, then ready again without a restart', async () => {
    expect(await ready()).toBe(200);
    const port = neo4j.port;

    await neo4j.stop();
    expect(await ready()).toBe(503);
    const down = await postGraphQL(app.url, '{ about { entityCount } }');
    expect(down.status).toBe(200);
    expect(down.body.data).toBeNull();
    expect(down.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.body.errors?.[0].message).toBe('The graph database is unavailable; retry shortly.');

    neo4j = await LocalNeo4j.start({ home, port, password });
    await waitFor(async () => (await ready()) === 200, 20_000);
    const up = await postGraphQL(app.url, '{ about { entityCount } }');
    expect(up.body).toEqual({ data: { about: { entityCount: 0 } } });
  });
});
