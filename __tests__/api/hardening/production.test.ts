import { createHash } from 'node:crypto';
import { startApp, type App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { seedGraph } from '../../../src/dataset/seed';
import { postGraphQL } from '../../helpers/app';
import { capturingLogger } from '../../helpers/capture';
import { SCRATCH_WAIT_MS, scratchDatabase, type ScratchDatabase } from '../../helpers/database';

const ADMIN_KEY = 'production-test-admin-key';

describe('production mode', () => {
  let db: ScratchDatabase;
  let app: App;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    db = await scratchDatabase();
    await seedGraph(db);
    // Bad data a resolver cannot handle: an entity of a kind the schema does not know.
    await db.write({
      name: 'test/broken',
      text: "CREATE (:Entity {id: 'broken-entity', kind: 'BOGUS', nameEn: 'x', nameAr: 'س'})",
    });
    const sha = createHash('sha256').update(ADMIN_KEY).digest('hex');
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      NEO4J_URI: 'bolt://unused',
      NEO4J_PASSWORD: 'unused',
      API_KEYS: `ops:admin:${sha}`,
    });
    app = await startApp(config, db, logger);
  }, SCRATCH_WAIT_MS);
  afterAll(async () => {
    await app.close();
    await db.release();
  });

  it('masks an unexpected error, without a stack trace, and logs its cause once with the request id', async () => {
    const response = await postGraphQL(
      app.url,
      '{ entity(id: "broken-entity") { id } }',
      {},
      { 'x-request-id': 'prod-test-1' },
    );
    expect(response.body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['entity'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    const logged = lines.filter((line) => line.requestId === 'prod-test-1' && line.level === 50);
    expect(logged).toHaveLength(1);
    expect(logged[0].err.message).toMatch(/^stored kind of broken-entity: expected one of ORGANIZATION, /);
  });

  it('keeps the stack trace of an unexpected error outside production', async () => {
    const development = await startApp(
      loadConfig({
        NODE_ENV: 'development',
        PORT: '0',
        NEO4J_URI: 'bolt://unused',
        NEO4J_PASSWORD: 'unused',
      }),
      db,
      capturingLogger('silent').logger,
    );
    try {
      const response = await postGraphQL(development.url, '{ entity(id: "broken-entity") { id } }');
      expect(response.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^stored kind of broken-entity: expected one of ORGANIZATION, /),
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          stacktrace: expect.arrayContaining([expect.stringMatching(/^\s+at /)]),
        },
      });
    } finally {
      await development.close();
    }
  });

  it('logs each request as one structured line with its id, operation, duration and round trips', async () => {
    await postGraphQL(
      app.url,
      'query WhoIsTaha { entity(id: "hissein-brahim-taha") { name } }',
      {},
      { 'x-request-id': 'prod-test-2' },
    );
    const line = lines.find((l) => l.requestId === 'prod-test-2' && l.msg === 'graphql request');
    expect(line).toMatchObject({
      operationName: 'WhoIsTaha',
      roundTrips: 1,
      records: 1,
      status: 200,
      service: 'oic-knowledge-graph',
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
  });

  it('turns off introspection, the Sandbox and field suggestions', async () => {
    const introspection = await postGraphQL(app.url, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.body.errors?.[0].message).toMatch(/introspection is not allowed/);
    const typo = await postGraphQL(app.url, '{ entiti(id: "oic") { id } }');
    expect(typo.body.errors?.[0].message).toBe('Cannot query field "entiti" on type "Query".');
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
  });

  it('refuses requests a browser could be tricked into sending (CSRF prevention)', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ about { entityCount } }"}',
    });
    expect(response.status).toBe(400);
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ about { entityCount } }')}`);
    expect(get.status).toBe(400);
  });

  it('reports round trips only to an admin key', async () => {
    const anonymous = await postGraphQL(app.url, '{ about { entityCount } }', {}, { 'x-debug-db': '1' });
    expect(anonymous.body.extensions?.db).toBeUndefined();
    const admin = await postGraphQL(
      app.url,
      '{ about { entityCount } }',
      {},
      { 'x-debug-db': '1', authorization: `Bearer ${ADMIN_KEY}` },
    );
    expect(admin.body.extensions?.db).toEqual({
      roundTrips: 2,
      records: 2,
      statements: expect.arrayContaining(['about/database', 'about/counts']),
    });
  });
});
