import { createHash } from 'node:crypto';
import { startApp, type App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { seedGraph } from '../../../src/dataset/seed';
import { createLogger } from '../../../src/logger';
import { postGraphQL } from '../../helpers/app';
import { SCRATCH_WAIT_MS, scratchDatabase, type ScratchDatabase } from '../../helpers/database';
import { snapshotGraph } from '../../helpers/graph';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const EDITOR = 'editor-key-for-http-tests';
const REVIEWER = 'reviewer-key-for-http-tests';
const READER = 'reader-key-for-http-tests';
const API_KEYS = `ed:editor:${sha(EDITOR)},rv:reviewer:${sha(REVIEWER)},rd:reader:${sha(READER)}`;
const CREATE = `mutation { saveEntity(entity: { id: "http-test-entity", kind: TOPIC, names: { ar: "موضوع", en: "HTTP topic" },
  description: { ar: "موضوع للاختبار", en: "A topic for the test" } }, citation: { note: "HTTP auth test" }) { changed } }`;

describe('API keys over HTTP', () => {
  let db: ScratchDatabase;
  const apps: App[] = [];
  const start = async (env: Record<string, string>) => {
    const app = await startApp(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        NEO4J_URI: 'bolt://unused',
        NEO4J_PASSWORD: 'unused',
        API_KEYS,
        ...env,
      }),
      db,
      createLogger('silent'),
    );
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    db = await scratchDatabase();
    await seedGraph(db);
  }, SCRATCH_WAIT_MS);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.release();
  });

  it('lets anyone read, refuses a direct write without a reviewer key, and writes nothing', async () => {
    const app = await start({});
    const before = await snapshotGraph(db);
    expect((await postGraphQL(app.url, '{ about { entityCount } }')).body.data).toEqual({
      about: { entityCount: expect.any(Number) },
    });
    const anonymous = await postGraphQL(app.url, CREATE);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await postGraphQL(app.url, CREATE, {}, { authorization: `Bearer ${READER}` });
    expect(reader.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // An editor proposes; writing to the graph directly is a reviewer's.
    const editor = await postGraphQL(app.url, CREATE, {}, { 'x-api-key': EDITOR });
    expect(editor.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotGraph(db)).toEqual(before);
    const reviewer = await postGraphQL(app.url, CREATE, {}, { 'x-api-key': REVIEWER });
    expect(reviewer.body).toEqual({ data: { saveEntity: { changed: true } } });
  });

  it('refuses a key that matches none with 401, whatever the operation', async () => {
    const app = await start({});
    const response = await postGraphQL(
      app.url,
      '{ about { entityCount } }',
      {},
      { authorization: 'Bearer not-a-key' },
    );
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errors: [{ message: 'The API key is not valid.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('refuses reads without a key when reads require one', async () => {
    const app = await start({ READS_REQUIRE_KEY: 'true' });
    const anonymous = await postGraphQL(app.url, '{ about { entityCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ about { entityCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    const reader = await postGraphQL(
      app.url,
      '{ about { entityCount } }',
      {},
      { authorization: `Bearer ${READER}` },
    );
    expect(reader.status).toBe(200);
    expect(reader.body.errors).toBeUndefined();
  });
});
