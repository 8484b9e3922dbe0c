import fs from 'node:fs';
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

  async function startLocal(): Promise<{ server: ServerProcess; url: string; neo4jPid: number }> {
    const server = startServerProcess({
      NODE_ENV: 'development',
      PORT: '0',
      NEO4J_LOCAL_DIR: home,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    });
    const ready = await server.waitForLog((line) => typeof line.url === 'string');
    return { server, url: ready.url as string, neo4jPid: ready.neo4jPid as number };
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

  it('starts its own Neo4j, serves /graphql from it, and leaves no JVM behind on SIGTERM', async () => {
    const { server, url, neo4jPid } = await startLocal();
    expect(isAlive(neo4jPid)).toBe(true);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { database { version edition } } }' }),
    });
    expect(await response.json()).toEqual({
      data: { about: { database: { version: expect.stringMatching(/^5\.26\./), edition: 'community' } } },
    });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(isAlive(neo4jPid)).toBe(false);
    expect(server.logs.map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });

  it('takes its Neo4j down with it even when killed outright', async () => {
    const { server, neo4jPid } = await startLocal();
    server.child.kill('SIGKILL');
    await server.exited;
    // The JVM notices its closed stdin and shuts down cleanly on its own.
    await waitFor(() => !isAlive(neo4jPid), 30_000);
  });

  it('reports a crash of its Neo4j and exits non-zero', async () => {
    const { server, neo4jPid } = await startLocal();
    process.kill(neo4jPid, 'SIGKILL');
    expect(await server.exited).toBe(1);
    const crash = server.logs.find((line) => line.level === 60);
    expect(crash?.msg).toMatch(/the local Neo4j exited unexpectedly \(signal SIGKILL\)/);
  });
});
