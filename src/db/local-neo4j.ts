import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { dataFolderProblem } from './data-folder';
import { createDriver, Database } from './database';
import {
  ensureLocalNeo4jBuilt,
  LocalNeo4jError,
  withLauncherLock,
  type Build,
  type Progress,
} from './local-neo4j.build';
import { allCypherNames, cypherStatements, explained } from './queries';
import { applySchema } from './schema';

/**
 * The local Neo4j: Neo4j Community 5.26 with APOC core, fetched from Maven Central by the small
 * Maven project in neo4j-local/ and run on the machine's Java 17 (LocalNeo4j.java). It is what
 * `npm start` uses when NEO4J_URI is unset, and what the tests use.
 */

export { ensureLocalNeo4jBuilt, LocalNeo4jError, type Progress };

const MARK = '@neo4j-local ';

export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGE_CACHE = '256m';

/** Bytes in a Java/Neo4j memory size such as 512m or 2g. */
export function memoryBytes(size: string): number {
  const match = /^(\d+)([kmg])$/i.exec(size);
  if (!match) throw new Error(`expected a memory size such as 512m or 2g, received "${size}"`);
  return Number(match[1]) * 1024 ** ('kmg'.indexOf(match[2].toLowerCase()) + 1);
}

/**
 * Transaction memory sized from the heap, so that a query too big for the machine fails alone
 * with an error the server maps to a code (src/db/errors.ts), while Neo4j goes on serving:
 *  - one transaction may hold an eighth of the heap (db.memory.transaction.max): past it, that
 *    transaction fails (QUERY_TOO_LARGE);
 *  - all transactions together may hold half of it (dbms.… and db.memory.transaction.total.max):
 *    past it, the transaction asking for more fails (DATABASE_OVERLOADED). The other half is
 *    Neo4j's own: its caches, the plans, Bolt buffers, and the garbage collector's headroom, since
 *    Neo4j's memory tracking estimates rather than counts.
 * Without these limits one huge query (a whole timeline of a hub) takes the heap, and with
 * -XX:+ExitOnOutOfMemoryError the JVM exits: every request fails until a restart.
 */
export function memorySettings(heap: string): Record<string, string> {
  const mib = (bytes: number): string => `${Math.max(16, Math.floor(bytes / 1024 ** 2))}m`;
  const bytes = memoryBytes(heap);
  return {
    'dbms.memory.transaction.total.max': mib(bytes / 2),
    'db.memory.transaction.total.max': mib(bytes / 2),
    'db.memory.transaction.max': mib(bytes / 8),
  };
}

export interface LocalNeo4jOptions {
  /** Data, logs and settings of this server; kept across restarts. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 takes a free one. */
  port: number;
  password: string;
  /** Extra Neo4j settings, e.g. { 'db.transaction.timeout': '30s' }. */
  settings?: Record<string, string>;
  /** JVM heap (default 1g); the transaction memory limits follow from it (memorySettings). */
  heap?: string;
  /** Neo4j's page cache (default 256m), off the heap. */
  pageCache?: string;
  progress?: Progress;
  startTimeoutMs?: number;
}

interface LauncherEvent {
  event: 'starting' | 'ready' | 'stopping' | 'failed';
  port?: number;
  host?: string;
  version?: string;
  message?: string;
}

/** A running local Neo4j. Stop it with stop(); an exit it did not ask for is reported to onCrash. */
export class LocalNeo4j {
  private stopping = false;
  private readonly exited: Promise<void>;
  private crashListeners: Array<(reason: string) => void> = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly host: string,
    readonly port: number,
    readonly version: string,
    readonly home: string,
    recentOutput: string[],
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const reason =
        `the local Neo4j exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); ` +
        `see ${path.join(home, 'logs', 'debug.log')}. Last output:\n${recentOutput.slice(-10).join('\n')}`;
      for (const listener of this.crashListeners) listener(reason);
    });
  }

  get uri(): string {
    return `bolt://${this.host}:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  onCrash(listener: (reason: string) => void): void {
    this.crashListeners.push(listener);
  }

  /** Closes the launcher's stdin (its signal to shut down), then waits; SIGKILL after the grace period. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.stopping = true;
    this.child.stdin?.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const progress = options.progress ?? (() => {});
    // Before Maven and Java: a folder that cannot hold the data is one plain line, at once.
    const problem = dataFolderProblem(options.home);
    if (problem) {
      throw new LocalNeo4jError(
        `NEO4J_LOCAL_DIR: ${problem}; set NEO4J_LOCAL_DIR to a writable folder for the local Neo4j's data`,
      );
    }
    // And a Bolt port that is taken, rather than after the seconds Java takes to find out.
    const taken = options.port === 0 ? undefined : await portTaken(options.port);
    if (taken) throw new LocalNeo4jError(explainFailure(taken, options));
    const build = await ensureLocalNeo4jBuilt(progress);
    const archive = await classArchive(build, progress);
    return LocalNeo4j.launch(build, options, archive ? [`-XX:SharedArchiveFile=${archive}`] : []);
  }

  /** Starts the launcher of `build` with extra JVM options, and waits until Neo4j is ready. */
  static async launch(build: Build, options: LocalNeo4jOptions, jvmOptions: string[]): Promise<LocalNeo4j> {
    const progress = options.progress ?? (() => {});
    const heap = options.heap ?? DEFAULT_HEAP;
    const settings: Record<string, string> = {
      'server.memory.pagecache.size': options.pageCache ?? DEFAULT_PAGE_CACHE,
      ...memorySettings(heap),
      'dbms.security.procedures.unrestricted': 'apoc.*',
      'db.tx_log.rotation.retention_policy': '100M size',
      'dbms.usage_report.enabled': 'false',
      // Bolt waits 5 s, twice, for clients that are long gone; the GraphQL server has already
      // closed its driver when it stops Neo4j, so stop in well under a second instead.
      'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
      'internal.server.bolt.connection_shutdown_wait_time': '1s',
      'internal.server.bolt.thread_pool_shutdown_wait_time': '1s',
      ...options.settings,
    };
    const args = [
      `-Xms${memoryBytes(heap) < memoryBytes('256m') ? heap : '256m'}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // The same openings Neo4j's own launcher grants, so it can use its fast memory paths.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      ...jvmOptions,
      '-cp',
      build.classpath,
      'org.oickg.local.LocalNeo4j',
      '--home',
      options.home,
      '--port',
      String(options.port),
      '--plugins',
      build.plugins,
      ...Object.entries(settings).flatMap(([key, value]) => ['--conf', `${key}=${value}`]),
    ];
    progress(`starting Neo4j in ${options.home}`);
    const started = Date.now();
    // Its own process group: a Ctrl-C in the terminal reaches only the Node process, which then
    // stops Neo4j after the last request, instead of both dying at once.
    const child = spawn('java', args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: options.password },
    });
    const recent: string[] = [];
    const remember = (line: string): void => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
    };
    readline.createInterface({ input: child.stderr! }).on('line', remember);

    const ready = await new Promise<LauncherEvent>((resolve, reject) => {
      const timeout = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new LocalNeo4jError(`Neo4j did not start within ${options.startTimeoutMs ?? 180_000} ms`));
      }, options.startTimeoutMs ?? 180_000);
      const fail = (message: string): void => {
        clearTimeout(timeout);
        reject(new LocalNeo4jError(explainFailure(message, options)));
      };
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (!line.startsWith(MARK)) return remember(line);
        const event = JSON.parse(line.slice(MARK.length)) as LauncherEvent;
        if (event.event === 'ready') {
          clearTimeout(timeout);
          resolve(event);
        } else if (event.event === 'failed') {
          fail(event.message ?? 'unknown failure');
        }
      });
      child.once('error', (error) => fail(error.message));
      child.once('exit', (code, signal) =>
        fail(
          `exited before it was ready (${signal ?? `exit code ${code}`}):\n${recent.slice(-15).join('\n')}`,
        ),
      );
    });
    progress(
      `Neo4j ${ready.version} ready on bolt://${ready.host}:${ready.port} (${Date.now() - started} ms)`,
    );
    return new LocalNeo4j(child, ready.host!, ready.port!, ready.version!, options.home, recent);
  }
}

/** Why 127.0.0.1:port cannot be listened on (EADDRINUSE, ...), or undefined when it can. */
function portTaken(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'EADDRINUSE' ? `address already in use: 127.0.0.1:${port}` : undefined),
    );
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

function explainFailure(message: string, options: LocalNeo4jOptions): string {
  if (/address already in use|BindException/i.test(message)) {
    return (
      `Bolt port ${options.port} is already in use. Stop what holds it, or set NEO4J_LOCAL_BOLT_PORT ` +
      `to another port. (${message})`
    );
  }
  if (/lock|in use by another/i.test(message)) {
    return `${options.home} is in use by another Neo4j; stop it or set NEO4J_LOCAL_DIR. (${message})`;
  }
  return `the local Neo4j failed to start: ${message}`;
}

/**
 * Class-data sharing. A start of Neo4j spends about a third of its CPU finding, reading, verifying
 * and parsing the same few thousand classes from some two hundred jars (8.5 CPU-seconds to ready,
 * measured alone); the first planning of each kind of query loads more. The JVM can write the
 * classes it loaded into an archive at exit (-XX:ArchiveClassesAtExit) and map it at later starts
 * (-XX:SharedArchiveFile): 5.9 CPU-seconds, ready in 4.5 s instead of 7.1. The archive belongs
 * to one build of the launcher on one Java runtime (Build.classArchive); a JVM that finds it does
 * not match runs without it. So once per build, a throw-away Neo4j starts with the product's
 * schema, plans every statement in cypher/, and stops, writing the archive; a start that finds no
 * archive writes it first, under the launcher's lock. If that fails, Neo4j starts without one
 * and the reason is kept beside it (`.failed`), not retried at every start.
 */
let archiving: Promise<string | undefined> | null = null;

async function classArchive(build: Build, progress: Progress): Promise<string | undefined> {
  if (fs.existsSync(build.classArchive)) return build.classArchive;
  if (fs.existsSync(`${build.classArchive}.failed`)) return undefined;
  archiving ??= withLauncherLock(progress, async () =>
    fs.existsSync(build.classArchive) ? build.classArchive : writeClassArchive(build, progress),
  ).finally(() => {
    archiving = null;
  });
  return archiving;
}

async function writeClassArchive(build: Build, progress: Progress): Promise<string | undefined> {
  progress(
    'writing a class-data archive of Neo4j, once per build, so that later starts skip loading its classes',
  );
  const started = Date.now();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-class-archive-'));
  const written = `${build.classArchive}.${process.pid}.tmp`;
  const password = randomBytes(12).toString('hex');
  try {
    const neo4j = await LocalNeo4j.launch(build, { home, port: 0, password, pageCache: '64m' }, [
      `-XX:ArchiveClassesAtExit=${written}`,
    ]);
    try {
      const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), 'neo4j', {
        transactionTimeoutMs: 120_000,
      });
      try {
        await applySchema(db);
        for (const name of allCypherNames().filter((name) => !name.startsWith('schema/'))) {
          for (const statement of cypherStatements(name)) {
            const { query, params } = explained(statement);
            await db.read(query, params);
          }
        }
        await db.read({ name: 'local/apoc-version', text: 'RETURN apoc.version() AS version' });
      } finally {
        await db.close();
      }
    } finally {
      // Writing the archive happens as the JVM exits, which takes seconds.
      await neo4j.stop(180_000);
    }
    if (!fs.existsSync(written)) throw new Error('the JVM exited without writing it');
    fs.renameSync(written, build.classArchive);
    progress(`class-data archive written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return build.classArchive;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fs.writeFileSync(`${build.classArchive}.failed`, `${reason}\n`);
    progress(`no class-data archive (${reason}); Neo4j starts without one, a few seconds slower`);
    return undefined;
  } finally {
    fs.rmSync(written, { force: true });
    fs.rmSync(home, { recursive: true, force: true });
  }
}
