import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../src/app';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDriver, Database, DEADLINE_GRACE_MS } from '../../src/db/database';
import { ensureLocalNeo4jBuilt, LocalNeo4j, LocalNeo4jError } from '../../src/db/local-neo4j';
import { applySchema } from '../../src/db/schema';
import { seedGraph } from '../../src/dataset/seed';
import { postGraphQL, startTestApp } from '../helpers/app';
import { capturingLogger } from '../helpers/capture';
import { waitFor } from '../helpers/process';

/** A process's state letter from /proc (R running, S sleeping, T stopped, ...). */
function processState(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

/** The codes a client may see while Neo4j is away: both say "retry", neither is a server error. */
const FAULT_CODES = ['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE'];
/** The default transaction timeout; the deadline of a request's database work is this plus a grace. */
const TRANSACTION_TIMEOUT_MS = 10_000;
/** How long a client waits after a coded error before it asks again ("retry shortly"). */
const RETRY_AFTER_MS = 250;

interface Sample {
  at: number;
  status: number;
  ms: number;
  codes: string[];
  ok: boolean;
}

/**
 * One local Neo4j of this suite's own, in one folder, that the tests below stop and start again in
 * turn: the launcher itself, then readiness while Neo4j is away, then faults under load. Each
 * restart is part of what its test checks; one server for all of them spares the Neo4j starts
 * (the slowest thing in the tier) that a server per test would add, and no other suite is
 * disturbed. The order matters: readiness reads an empty graph, the faults the curated dataset.
 */
describe('the local Neo4j', () => {
  const password = 'local-neo4j-test-password';
  let home: string;
  let neo4j: LocalNeo4j;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-local-'));
    neo4j = await LocalNeo4j.start({ home, port: 0, password });
  });

  afterAll(async () => {
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  describe('its launcher', () => {
    const query = async (text: string) => {
      const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), 'neo4j');
      try {
        return await db.write({ name: 'test/local', text });
      } finally {
        await db.close();
      }
    };

    it('serves the APOC core procedures the benchmark peer needs', async () => {
      const [row] = await query('RETURN apoc.version() AS version');
      expect(row.version).toMatch(/^5\.26\./);
    });

    it('starts from the class-data archive of its build, which a first start wrote', () => {
      // Mapped into the JVM's memory, not only named on its command line: the JVM accepted it.
      const maps = fs.readFileSync(`/proc/${neo4j.pid}/maps`, 'utf8');
      expect(maps).toMatch(/\/neo4j-local\/target\/classes-[0-9a-f]{12}\.jsa$/m);
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
  });

  describe('readiness while Neo4j goes away and comes back', () => {
    let db: Database;
    let app: App;

    const ready = async (): Promise<number> =>
      (await fetch(app.url.replace('/graphql', '/health/ready'))).status;

    beforeAll(async () => {
      db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), 'neo4j');
      // As the server does at start (main.ts): statements rely on the indexes.
      await applySchema(db);
      app = await startTestApp(db);
    });

    afterAll(async () => {
      await app.close();
      await db.close();
    });

    // The restart in the same folder is also the launcher's: what was written before is there after.
    it('is ready, then 503 with coded errors while Neo4j is down, then ready again without a restart, its data kept', async () => {
      expect(await ready()).toBe(200);
      const port = neo4j.port;
      await db.write({ name: 'test/marker', text: "CREATE (:Marker {name: 'kept'})" });

      await neo4j.stop();
      // Readiness asks Neo4j at most once a second (however many ask): it says so within that.
      await waitFor(async () => (await ready()) === 503, 5_000);
      const down = await postGraphQL(app.url, '{ about { entityCount } }');
      expect(down.status).toBe(200);
      expect(down.body.data).toBeNull();
      expect(down.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(down.body.errors?.[0].message).toBe('The graph database is unavailable; retry shortly.');

      neo4j = await LocalNeo4j.start({ home, port, password });
      await waitFor(async () => (await ready()) === 200, 20_000);
      const up = await postGraphQL(app.url, '{ about { entityCount } }');
      expect(up.body).toEqual({ data: { about: { entityCount: 0 } } });
      const kept = { name: 'test/marker', text: 'MATCH (m:Marker) RETURN m.name AS name' };
      expect(await db.read(kept)).toEqual([{ name: 'kept' }]);
      await db.write({ name: 'test/marker', text: 'MATCH (m:Marker) DELETE m' });
    });
  });

  /**
   * Neo4j stopped under a load of concurrent queries, then restarted: the server neither crashes
   * nor hangs, answers with coded errors while Neo4j is down (fast, once it knows), and recovers by
   * itself within seconds of Neo4j's return.
   */
  describe('Neo4j going down under load and coming back', () => {
    let db: Database;
    let app: App;
    const { logger, lines } = capturingLogger('warn');
    const ready = async () => (await fetch(app.url.replace('/graphql', '/health/ready'))).status;

    beforeAll(async () => {
      db = new Database(
        createDriver({
          uri: neo4j.uri,
          username: 'neo4j',
          password,
          connectionAcquisitionTimeoutMs: 2_000,
          connectionTimeoutMs: 1_000,
          maxTransactionRetryTimeMs: 1_000,
        }),
        'neo4j',
      );
      await applySchema(db);
      await seedGraph(db);
      app = await startApp(
        loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: 'bolt://unused', NEO4J_PASSWORD: 'unused' }),
        db,
        logger,
      );
    });

    afterEach(() => {
      // An uncoded error's cause is logged; show it, since the test then fails on INTERNAL_SERVER_ERROR.
      for (const line of lines.filter((l) => l.level >= 50))
        process.stderr.write(`faults: ${JSON.stringify(line.err)}\n`);
      lines.length = 0;
    });

    afterAll(async () => {
      await app.close();
      await db.close();
    });

    it('fails fast with coded errors while it is down and recovers by itself', async () => {
      const samples: Sample[] = [];
      const t0 = Date.now();
      let running = true;
      const query = JSON.stringify({
        query:
          '{ entity(id: "oic-secretary-general") { name ... on Position { holders { person { name } } } } }',
      });
      const worker = async () => {
        while (running) {
          const started = Date.now();
          const response = await fetch(app.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: query,
          });
          const body = (await response.json()) as {
            data?: any;
            errors?: Array<{ extensions?: { code?: string } }>;
          };
          const sample: Sample = {
            at: started - t0,
            status: response.status,
            ms: Date.now() - started,
            codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED'),
            ok: !body.errors && body.data?.entity?.holders?.length === 2,
          };
          samples.push(sample);
          // As a client told "retry shortly" does: it leaves the CPU to the Neo4j that is starting
          // (the server runs in this process) rather than asking again at once, thousands of times.
          if (sample.codes.length > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
        }
      };
      const workers = Array.from({ length: 8 }, worker);

      await waitFor(() => samples.some((s) => s.ok), 10_000);
      const port = neo4j.port;
      const stoppedAt = Date.now() - t0;
      await neo4j.stop();
      await waitFor(
        () => samples.some((s) => s.at >= stoppedAt && s.codes.includes('DATABASE_UNAVAILABLE')),
        15_000,
      );
      const firstError = samples.find((s) => s.at >= stoppedAt && s.codes.length > 0)!;
      // Stay down a while under load: requests must keep failing fast, not pile up.
      await waitFor(() => samples.filter((s) => s.at > firstError.at + firstError.ms).length >= 40, 30_000);
      const restartedAt = Date.now() - t0;
      neo4j = await LocalNeo4j.start({ home, port, password });
      const upAt = Date.now() - t0;
      await waitFor(() => samples.some((s) => s.at >= upAt && s.ok), 30_000);
      const recovered = samples.find((s) => s.at >= upAt && s.ok)!;
      running = false;
      await Promise.all(workers);

      const down = samples.filter((s) => s.at >= firstError.at + firstError.ms && s.at + s.ms < restartedAt);
      process.stderr.write(
        `faults: Neo4j stopped at ${stoppedAt} ms; first coded error ${firstError.codes[0]} at ${firstError.at + firstError.ms} ms; ` +
          `restart began at ${restartedAt} ms, Neo4j answered at ${upAt} ms; first success ${recovered.at + recovered.ms} ms; ` +
          `${samples.length} requests, ${down.length} while down (slowest ${Math.max(...down.map((s) => s.ms))} ms)\n`,
      );

      expect(samples.every((s) => s.status < 500)).toBe(true);
      // A Neo4j starting slowly may also time a query out; nothing else, and never a server error.
      const codes = new Set(samples.flatMap((s) => s.codes));
      expect([...codes].filter((code) => !FAULT_CODES.includes(code))).toEqual([]);
      expect(codes.has('DATABASE_UNAVAILABLE')).toBe(true);
      expect(samples.every((s) => s.ok || s.codes.length > 0)).toBe(true);
      expect(down.length).toBeGreaterThan(20);
      // Once the server knows Neo4j is down it does not wait on it: tens of milliseconds, but the
      // machine may be busy.
      expect(Math.max(...down.map((s) => s.ms))).toBeLessThan(2_000);
      expect(recovered.at + recovered.ms - upAt).toBeLessThan(15_000);
      expect(await ready()).toBe(200);
    });

    it('answers with a coded error within the budget while Neo4j hangs, fails fast after, and recovers', async () => {
      await waitFor(async () => (await ready()) === 200, 30_000);
      const pid = neo4j.pid!;
      const query = '{ about { entityCount } }';
      expect((await postGraphQL(app.url, query)).body.errors).toBeUndefined();
      // SIGSTOP: the JVM neither answers nor closes its connections, as a hung or partitioned server.
      process.kill(pid, 'SIGSTOP');
      const resume = setTimeout(() => process.kill(pid, 'SIGCONT'), 40_000);
      let firstMs: number;
      try {
        // Every thread of the JVM stopped (state T), not only the signal sent: on a loaded machine
        // a thread may finish what it was doing in the kernel first.
        await waitFor(() => processState(pid) === 'T', 5_000);
        const started = Date.now();
        const first = await postGraphQL(app.url, query);
        firstMs = Date.now() - started;
        // The whole body, so that a failure shows what came back instead.
        expect(first.body).toEqual({
          data: null,
          errors: [
            expect.objectContaining({
              extensions: expect.objectContaining({
                code: expect.stringMatching(/^DATABASE_(UNAVAILABLE|TIMEOUT)$/),
              }),
            }),
          ],
        });
        expect(firstMs).toBeLessThan(TRANSACTION_TIMEOUT_MS + DEADLINE_GRACE_MS);
        const againAt = Date.now();
        const again = await postGraphQL(app.url, query);
        const againMs = Date.now() - againAt;
        expect(again.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
        expect(againMs).toBeLessThan(2_000);
        expect(await ready()).toBe(503);
        process.stderr.write(
          `faults: hung Neo4j: first coded error after ${firstMs} ms, the next after ${againMs} ms\n`,
        );
      } finally {
        clearTimeout(resume);
        process.kill(pid, 'SIGCONT');
      }
      const resumedAt = Date.now();
      await waitFor(async () => (await postGraphQL(app.url, query)).body.errors === undefined, 30_000);
      process.stderr.write(`faults: answers again ${Date.now() - resumedAt} ms after SIGCONT\n`);
      expect(await ready()).toBe(200);
    });
  });
});
