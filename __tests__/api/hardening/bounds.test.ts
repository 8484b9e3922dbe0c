import { getIntrospectionQuery } from 'graphql';
import { startApp, type App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { Database } from '../../../src/db/database';
import { PLAN_CACHE_MAX_KEY, PLAN_CACHE_MAX_SIZE, planCacheSize } from '../../../src/graph/planner/planner';
import { MAX_TYPE_LOOKUPS } from '../../../src/http/apollo/introspection';
import { startApi, type Api } from '../../helpers/api';
import { capturingLogger } from '../../helpers/capture';
import { sharedDatabase } from '../../helpers/database';
import { SANDBOX_INTROSPECTION_QUERY } from './fixtures/sandbox-introspection';

/**
 * Every mechanism carries its own bound: what a request can make the server keep or do is
 * limited by what the request declares, not by what it happens to carry (issue 19).
 */
describe('the bounds of the server’s own mechanisms', () => {
  describe('the planner’s plan cache', () => {
    let api: Api;
    beforeAll(async () => {
      api = await startApi();
    });
    afterAll(() => api.close());
    const planned = 'query Q($id: ID!) { entity(id: $id) { id relations(first: 2) { nodes { id } } } }';

    it('keys plans on the declared variables only: undeclared ones add no entry', async () => {
      await api.run(planned, { id: 'oic' });
      const before = planCacheSize().entries;
      for (let i = 0; i < 20; i++) {
        const result = await api.run(planned, { id: 'oic', [`unused${i}`]: 'x'.repeat(10_000) });
        expect(result.errors).toBeUndefined();
        expect(result.data?.entity.id).toBe('oic');
      }
      expect(planCacheSize().entries).toBe(before);
    });

    it('does not keep a plan whose key is past its bound, and stays under its size', async () => {
      const before = planCacheSize().entries;
      for (let i = 0; i < 20; i++) {
        // Unique documents whose declared variable is longer than a key may be.
        const result = await api.run(`# ${i}\n${planned}`, { id: `${'x'.repeat(PLAN_CACHE_MAX_KEY)}${i}` });
        expect(result.errors).toBeUndefined();
        expect(result.data?.entity).toBeNull();
      }
      expect(planCacheSize().entries).toBe(before);
      expect(planCacheSize().size).toBeLessThanOrEqual(PLAN_CACHE_MAX_SIZE);
    });
  });

  describe('over HTTP, in production with introspection on', () => {
    let db: Database;
    let app: App;
    const { logger } = capturingLogger('info');

    beforeAll(async () => {
      db = sharedDatabase();
      app = await startApp(
        loadConfig({
          NODE_ENV: 'production',
          GRAPHQL_INTROSPECTION: 'true',
          PORT: '0',
          NEO4J_URI: 'bolt://unused',
          NEO4J_PASSWORD: 'unused',
        }),
        db,
        logger,
      );
      // The first requests of a process compile the code they run; measure the steady state.
      await send({ query: `# warm\n${getIntrospectionQuery()}` });
    });
    afterAll(async () => {
      await app.close();
      await db.close();
    });

    async function send(body: unknown) {
      const cpu = process.cpuUsage();
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      const used = process.cpuUsage(cpu);
      return {
        status: response.status,
        body: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; extensions?: any }> },
        bytes: text.length,
        cpuMs: (used.user + used.system) / 1000,
      };
    }

    describe('introspection, exempt from the cost and depth limits, within limits of its own', () => {
      const WIDE =
        'fragment W on __Schema { types { name fields { name args { name type { name ofType { name } } } } } }';

      it('refuses __schema selected more than once (30 aliases through one fragment), cheaply', async () => {
        const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: __schema { ...W }`).join(' ');
        const refused = await send({ query: `{ ${aliases} } ${WIDE}` });
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toEqual([
          {
            message: 'An operation may select __schema once; this one selects it 30 times',
            extensions: { code: 'INTROSPECTION_TOO_LARGE', limit: 1, received: 30 },
          },
        ]);
        expect(refused.cpuMs).toBeLessThan(100);
      });

      it('counts __schema through fragments spread in fragments', async () => {
        const refused = await send({
          query:
            '{ ...A ...A } fragment A on Query { ...B } fragment B on Query { __schema { queryType { name } } }',
        });
        expect(refused.body.errors?.[0].extensions).toEqual({
          code: 'INTROSPECTION_TOO_LARGE',
          limit: 1,
          received: 2,
        });
      });

      it(`refuses more than ${MAX_TYPE_LOOKUPS} __type lookups and answers ${MAX_TYPE_LOOKUPS}`, async () => {
        const lookups = (n: number) =>
          `{ ${Array.from({ length: n }, (_, i) => `t${i}: __type(name: "Query") { name }`).join(' ')} }`;
        const answered = await send({ query: lookups(MAX_TYPE_LOOKUPS) });
        expect(answered.body.data?.t0).toEqual({ name: 'Query' });
        const refused = await send({ query: lookups(MAX_TYPE_LOOKUPS + 1) });
        expect(refused.body.errors?.[0].extensions?.code).toBe('INTROSPECTION_TOO_LARGE');
      });

      it('refuses a list of the schema selected under several aliases', async () => {
        const refused = await send({
          query: '{ __schema { types { a: fields { name } b: fields { name } } } }',
        });
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.[0]).toEqual({
          message: 'Introspection may select __Type.fields once per selection set, not under several aliases',
          extensions: { code: 'INTROSPECTION_TOO_LARGE', limit: 1, received: 2 },
        });
        const viaFragment = await send({
          query:
            '{ __schema { ...T ... on __Schema { t2: types { name } } } } fragment T on __Schema { types { name } }',
        });
        expect(viaFragment.body.errors?.[0].extensions?.code).toBe('INTROSPECTION_TOO_LARGE');
      });

      it('answers the introspection of graphql-js and of the Apollo tools, the second time from its cache', async () => {
        for (const query of [
          getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }),
          SANDBOX_INTROSPECTION_QUERY,
        ]) {
          const first = await send({ query });
          expect(first.status).toBe(200);
          expect(first.body.errors).toBeUndefined();
          expect(first.body.data.__schema.queryType.name).toBe('Query');
          const again = await send({ query });
          expect(again.body).toEqual(first.body);
          process.stderr.write(
            `introspection: ${first.bytes} characters, ${first.cpuMs.toFixed(1)} ms CPU built, ${again.cpuMs.toFixed(1)} ms cached\n`,
          );
          // Generous: the cached answer is only serialised again.
          expect(again.cpuMs).toBeLessThan(100);
        }
      });

      it('builds any allowed introspection, uncached, in well under a second of CPU', async () => {
        // A comment makes each document new to the cache.
        const worst = await send({ query: `# ${Date.now()}\n${SANDBOX_INTROSPECTION_QUERY}` });
        expect(worst.status).toBe(200);
        expect(worst.cpuMs).toBeLessThan(1_000);
      });
    });
  });
});
