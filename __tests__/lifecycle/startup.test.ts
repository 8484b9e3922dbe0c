import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServerProcess } from '../helpers/process';

/**
 * What a user who got a setting wrong sees: one plain line on stderr naming the variable to fix,
 * at once, before Maven, Neo4j or the dataset are touched (no local-Neo4j line in the log).
 */
describe('start-up failures', () => {
  let home: string;

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-startup-'));
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  async function failedStart(env: NodeJS.ProcessEnv, as?: { uid: number; gid: number }) {
    const started = Date.now();
    const server = startServerProcess(env, as);
    const code = await server.exited;
    return { code, stderr: server.stderr, logs: server.logs, ms: Date.now() - started };
  }

  const touchedNeo4j = (logs: Array<Record<string, unknown>>) =>
    logs.some((line) => line.component === 'local-neo4j');

  it('names PORT when the port is taken, before starting the local Neo4j', async () => {
    const holder = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const failed = await failedStart({ PORT: String(port), NEO4J_LOCAL_DIR: home });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toEqual([
        `PORT: 127.0.0.1:${port} is already in use; stop what holds it, or set PORT to a free port`,
      ]);
      expect(touchedNeo4j(failed.logs)).toBe(false);
      // Today it takes a Node start; it took Maven, Neo4j and the dataset (about 2.5 min) before.
      expect(failed.ms).toBeLessThan(30_000);
    } finally {
      holder.close();
    }
  });

  it('names NEO4J_URI when nothing answers there', async () => {
    const bolt = await freePort();
    const failed = await failedStart({
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${bolt}`,
      NEO4J_PASSWORD: 'some-password',
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toEqual([
      `NEO4J_URI: nothing answers at bolt://127.0.0.1:${bolt} (connection refused); check the address and ` +
        'that Neo4j runs there, or unset NEO4J_URI to start the local Neo4j',
    ]);
  });

  it('names NEO4J_LOCAL_DIR for a folder on a kernel filesystem, without hanging', async () => {
    const failed = await failedStart({ PORT: '0', NEO4J_LOCAL_DIR: '/proc/oickg-data' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toEqual([
      "NEO4J_LOCAL_DIR: /proc is on procfs, a kernel filesystem that holds no data; set NEO4J_LOCAL_DIR to a writable folder for the local Neo4j's data",
    ]);
    expect(touchedNeo4j(failed.logs)).toBe(false);
  });

  it('names NEO4J_LOCAL_DIR for a path through a file', async () => {
    const file = path.join(home, 'a-file');
    fs.writeFileSync(file, '');
    const failed = await failedStart({ PORT: '0', NEO4J_LOCAL_DIR: path.join(file, 'data') });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toEqual([
      `NEO4J_LOCAL_DIR: ${file} is a file, not a folder; set NEO4J_LOCAL_DIR to a writable folder for the local Neo4j's data`,
    ]);
  });

  it('names NEO4J_LOCAL_DIR for a folder it may not write', async () => {
    const readOnly = path.join(home, 'read-only');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    fs.chmodSync(home, 0o755);
    // Root may write anywhere: as root, the server runs as nobody, for whom the folder is read-only.
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const failed = await failedStart({ PORT: '0', NEO4J_LOCAL_DIR: path.join(readOnly, 'data') }, nobody);
    expect(failed.stderr).toEqual([
      `NEO4J_LOCAL_DIR: ${path.join(readOnly, 'data')} is not writable (permission denied); set NEO4J_LOCAL_DIR to a writable folder for the local Neo4j's data`,
    ]);
    expect(touchedNeo4j(failed.logs)).toBe(false);
  });
});
