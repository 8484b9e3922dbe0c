import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, isAlive, startServerProcess, waitFor, type ServerProcess } from '../helpers/process';

/**
 * `npm start` as a user runs it: the compiled server, starting its own local Neo4j because
 * NEO4J_URI is unset, in a throw-away data folder.
 */
describe('the server process', () => {
  let home: string;

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-main-'));
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  /**
   * The server as `npm start` runs it. `seed: false` spares loading the dataset (SEED_ON_START)
   * where the test is about the processes, not the data: a few CPU-seconds of a fresh Neo4j.
   */
  async function startLocal({ seed = true } = {}): Promise<{
    server: ServerProcess;
    url: string;
    neo4jPid: number;
    bolt: string;
  }> {
    const bolt = String(await freePort());
    const server = startServerProcess({
      NODE_ENV: 'development',
      PORT: '0',
      NEO4J_LOCAL_DIR: home,
      NEO4J_LOCAL_BOLT_PORT: bolt,
      SEED_ON_START: String(seed),
    });
    const ready = await server.waitForLog((line) => typeof line.url === 'string');
    return { server, url: ready.url as string, neo4jPid: ready.neo4jPid as number, bolt };
  }

  it('exits with a message naming the bad variable, before starting anything', async () => {
    const server = startServerProcess({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474' });
    expect(await server.exited).toBe(2);
    expect(server.stderr).toEqual([
      'Invalid configuration:',
      '  - PORT: expected a port number from 0 to 65535, received "eighty"',
      '  - NEO4J_URI: expected a Neo4j URI such as neo4j://host:7687, neo4j+s://host or bolt://host:7687 (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc), received "http://localhost:7474"',
      '  - NEO4J_PASSWORD: required when NEO4J_URI is set, received nothing',
    ]);
  });

  it('takes its Neo4j down with it even when killed outright', async () => {
    const { server, neo4jPid } = await startLocal({ seed: false });
    server.child.kill('SIGKILL');
    await server.exited;
    // The JVM notices its closed stdin and shuts down cleanly on its own.
    await waitFor(() => !isAlive(neo4jPid), 30_000);
  });

  /**
   * Eight clients on keep-alive connections, each sending the next request as soon as the last is
   * answered, as a load balancer's pool does. Returns what they saw when stopped.
   */
  function keepAliveLoad(url: string) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const seen = { ok: 0, coded: new Set<string>(), serverErrors: 0, closeHeaders: 0, failures: 0 };
    let running = true;
    const body = JSON.stringify({ query: '{ about { entityCount } }' });
    const one = () =>
      new Promise<void>((resolve) => {
        const request = http.request(url, {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json' },
        });
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => {
            if ((response.statusCode ?? 0) >= 500) seen.serverErrors += 1;
            if (response.headers.connection === 'close') seen.closeHeaders += 1;
            try {
              const parsed = JSON.parse(text);
              if (parsed.errors)
                for (const e of parsed.errors) seen.coded.add(e.extensions?.code ?? 'UNCODED');
              else seen.ok += 1;
            } catch {
              seen.failures += 1;
            }
            resolve();
          });
        });
        // Once the server has closed its listener, connecting fails: the load balancer would go elsewhere.
        request.on('error', () => {
          seen.failures += 1;
          resolve();
        });
        request.end(body);
      });
    const workers = Array.from({ length: 8 }, async () => {
      while (running) await one();
    });
    return {
      seen,
      async stop() {
        running = false;
        await Promise.all(workers);
        agent.destroy();
      },
    };
  }

  it('starts its own Neo4j, serves /graphql from it, drains keep-alive load on SIGTERM and stops everything within 10 s', async () => {
    const { server, url, neo4jPid, bolt } = await startLocal();
    expect(isAlive(neo4jPid)).toBe(true);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { database { version edition } } }' }),
    });
    expect(await response.json()).toEqual({
      data: { about: { database: { version: expect.stringMatching(/^5\.26\./), edition: 'community' } } },
    });

    // A second server pointed at this Neo4j with a wrong password says which variables to fix.
    const wrong = startServerProcess({
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${bolt}`,
      NEO4J_PASSWORD: 'not-the-password',
    });
    expect(await wrong.exited).toBe(1);
    expect(wrong.stderr).toEqual([
      `NEO4J_USERNAME/NEO4J_PASSWORD: Neo4j at bolt://127.0.0.1:${bolt} refused the user "neo4j" with the password given; check both`,
    ]);

    const load = keepAliveLoad(url);
    await waitFor(() => load.seen.ok >= 50, 30_000);
    const okBefore = load.seen.ok;
    const sentAt = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const tookMs = Date.now() - sentAt;
    await load.stop();
    process.stderr.write(
      `shutdown under keep-alive load: exit ${code} after ${tookMs} ms; ${load.seen.ok - okBefore} answered after SIGTERM, ` +
        `${load.seen.closeHeaders} with Connection: close, ${load.seen.failures} refused connections\n`,
    );
    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(load.seen.serverErrors).toBe(0);
    expect([...load.seen.coded]).toEqual([]);
    expect(load.seen.closeHeaders).toBeGreaterThan(0);
    expect(isAlive(neo4jPid)).toBe(false);
    const messages = server.logs.map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'driver closed', 'stopped']));
    expect(messages).not.toContain('shutdown took longer than 10 s; exiting');
  });

  it('reports a crash of its Neo4j and exits promptly, even under keep-alive load', async () => {
    const { server, url, neo4jPid } = await startLocal({ seed: false });
    const load = keepAliveLoad(url);
    await waitFor(() => load.seen.ok >= 20, 30_000);
    const killedAt = Date.now();
    process.kill(neo4jPid, 'SIGKILL');
    const code = await server.exited;
    const tookMs = Date.now() - killedAt;
    await load.stop();
    process.stderr.write(`crash under keep-alive load: exit ${code} after ${tookMs} ms\n`);
    expect(code).toBe(1);
    expect(tookMs).toBeLessThan(10_000);
    expect(load.seen.serverErrors).toBe(0);
    expect([...load.seen.coded].filter((c) => c !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    const crash = server.logs.find((line) => line.level === 60);
    expect(crash?.msg).toMatch(/the local Neo4j exited unexpectedly \(signal SIGKILL\)/);
  });
});
