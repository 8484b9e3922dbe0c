import { parse } from 'graphql';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { EXAMPLE_OPERATIONS } from '../../src/http/apollo/examples';
import { capturingLogger } from '../helpers/capture';
import type { Database } from '../../src/db/database';
import { postGraphQL, startTestApp } from '../helpers/app';
import { sharedDatabase } from '../helpers/database';

describe('the HTTP server', () => {
  let db: Database;
  let app: App;

  beforeAll(async () => {
    db = sharedDatabase();
    app = await startTestApp(db);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers a query on a free port with what Neo4j holds', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const [stored] = await db.read({ name: 'test/count', text: 'MATCH (e:Entity) RETURN count(e) AS n' });
    const response = await postGraphQL(
      app.url,
      '{ about { entityCount database { name version edition } } }',
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      about: {
        entityCount: stored.n,
        database: { name: 'neo4j', version: expect.stringMatching(/^5\.26\./), edition: 'community' },
      },
    });
  });

  it('reports liveness and readiness', async () => {
    const live = await fetch(app.url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(app.url.replace('/graphql', '/health/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: true });
  });

  it('echoes a sane request id and makes one up otherwise', async () => {
    const given = await postGraphQL(app.url, '{ about { entityCount } }', {}, { 'x-request-id': 'trace-42' });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const hostile = await postGraphQL(
      app.url,
      '{ about { entityCount } }',
      {},
      { 'x-request-id': 'a b\u00e9<script>' },
    );
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an oversized body with 413 and a coded error', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ about { entityCount } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/limit of 1000000 bytes/);
  });

  it('refuses a body that is not JSON with 400 and a coded error', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers an unknown path with 404 naming the API path', async () => {
    const response = await fetch(app.url.replace('/graphql', '/nowhere'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'No route /nowhere: the API is at /graphql', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('serves the Sandbox landing page to a browser outside production', async () => {
    const response = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('embeddable-sandbox');
  });

  it('reports database round trips when asked with x-debug-db', async () => {
    const response = await postGraphQL(app.url, '{ about { entityCount } }', {}, { 'x-debug-db': '1' });
    expect(response.body.extensions?.db).toEqual({
      roundTrips: 2,
      records: 2,
      statements: expect.arrayContaining(['about/database', 'about/counts']),
    });
    const silent = await postGraphQL(app.url, '{ about { entityCount } }');
    expect(silent.body.extensions?.db).toBeUndefined();
  });

  it('asks the example operations once after start, so Neo4j has planned them before the first analyst', async () => {
    const { logger, lines } = capturingLogger();
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      NEO4J_URI: 'bolt://unused',
      NEO4J_PASSWORD: 'unused',
    });
    const warmed = await startApp(config, db, logger);
    try {
      const deadline = Date.now() + 100_000;
      const done = () => lines.find((line) => line.msg === 'warmed up the example operations');
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(done()).toMatchObject({ operations: parse(EXAMPLE_OPERATIONS).definitions.length, failed: 0 });
    } finally {
      await warmed.close();
    }
  });
});
