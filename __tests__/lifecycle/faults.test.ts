import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../../src/app';
import { createDriver, Database } from '../../src/db/database';
import { LocalNeo4j } from '../../src/db/local-neo4j';
import { applySchema } from '../../src/db/schema';
import { seedGraph } from '../../src/dataset/seed';
import { startTestApp } from '../helpers/app';
import { waitFor } from '../helpers/process';

interface Sample {
  at: number;
  status: number;
  ms: number;
  codes: string[];
  ok: boolean;
}

/**
 * Neo4j stopped under a load of concurrent queries, then restarted: the server neither crashes
 * nor hangs, answers with coded errors while Neo4j is down (fast, once it knows), and recovers by
 * itself within seconds of Neo4j's return. A Neo4j of its own, so no other suite is disturbed.
 */
describe('Neo4j going down under load and coming back', () => {
  const password = 'faults-test-password';
  let home: string;
  let neo4j: LocalNeo4j;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-faults-'));
    neo4j = await LocalNeo4j.start({ home, port: 0, password });
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
    app = await startTestApp(db);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
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
        samples.push({
          at: started - t0,
          status: response.status,
          ms: Date.now() - started,
          codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED'),
          ok: !body.errors && body.data?.entity?.holders?.length === 2,
        });
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
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const restartedAt = Date.now() - t0;
    neo4j = await LocalNeo4j.start({ home, port, password });
    const upAt = Date.now() - t0;
    await waitFor(() => samples.some((s) => s.at >= upAt && s.ok), 15_000);
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
    expect([...new Set(samples.flatMap((s) => s.codes))].sort()).toEqual(['DATABASE_UNAVAILABLE']);
    expect(samples.every((s) => s.ok || s.codes.length > 0)).toBe(true);
    expect(down.length).toBeGreaterThan(20);
    // Once the server knows Neo4j is down it does not wait on it at all.
    expect(Math.max(...down.map((s) => s.ms))).toBeLessThan(1_000);
    expect(recovered.at + recovered.ms - upAt).toBeLessThan(5_000);
    expect((await fetch(app.url.replace('/graphql', '/health/ready'))).status).toBe(200);
  });
});
