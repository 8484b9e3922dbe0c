import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../paths';

/**
 * The local Neo4j: Neo4j Community 5.26 with APOC core, fetched from Maven Central by the small
 * Maven project in neo4j-local/ and run on the machine's Java 17 (LocalNeo4j.java). It is what
 * `npm start` uses when NEO4J_URI is unset, and what the tests use.
 */

export type Progress = (message: string) => void;

export interface LocalNeo4jOptions {
  /** Data, logs and settings of this server; kept across restarts. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 takes a free one. */
  port: number;
  password: string;
  /** Extra Neo4j settings, e.g. { 'db.transaction.timeout': '30s' }. */
  settings?: Record<string, string>;
  heap?: string;
  progress?: Progress;
  startTimeoutMs?: number;
}

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const LAUNCHER_DIR = path.join(projectRoot, 'neo4j-local');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const STAMP_FILE = path.join(TARGET_DIR, 'build.stamp');
const MARK = '@neo4j-local ';
const ALTERNATIVES =
  'Alternatives: run `docker compose up` (Docker), or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD ' +
  'to an existing Neo4j 5 server.';

interface Build {
  classpath: string;
  plugins: string;
}

/** Checks Java 17+ and Maven, then builds the launcher unless an up-to-date build is cached. */
export async function ensureLocalNeo4jBuilt(
  progress: Progress = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Build> {
  checkJava(env);
  const stamp = sourceStamp();
  const cached = cachedBuild(stamp);
  if (cached) return cached;

  checkMaven(env);
  progress(
    'building the local Neo4j launcher (Neo4j Community and APOC from Maven Central; cached after the first run)',
  );
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  let lastReport = 0;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'compile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    const onLine = (line: string): void => {
      output.push(line);
      if (output.length > 60) output.shift();
      const downloaded = /^(?:\[INFO\] )?Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (!downloaded) return;
      files += 1;
      bytes += Number(downloaded[1]) * { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[downloaded[2] as 'B'];
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        progress(`downloading: ${files} files, ${(bytes / 1e6).toFixed(1)} MB so far`);
      }
    };
    readline.createInterface({ input: mvn.stdout }).on('line', onLine);
    readline.createInterface({ input: mvn.stderr }).on('line', onLine);
    mvn.on('error', reject);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Maven could not build the local Neo4j (exit ${code}). Its last lines:\n${output.slice(-25).join('\n')}\n` +
        ALTERNATIVES,
    );
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  progress(
    `local Neo4j ready to start (${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded, ${secs} s)`,
  );
  fs.writeFileSync(STAMP_FILE, stamp);
  const build = cachedBuild(stamp);
  if (!build) throw new LocalNeo4jError(`Maven finished but ${TARGET_DIR} lacks the classpath or plugins`);
  return build;
}

function checkJava(env: NodeJS.ProcessEnv): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (java.error) {
    throw new LocalNeo4jError(
      `Java 17 or newer is needed to run the local Neo4j, and no \`java\` was found. ${ALTERNATIVES}`,
    );
  }
  const major = Number(/version "(\d+)/.exec(java.stderr)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java 17 or newer is needed to run the local Neo4j, found: ${java.stderr.split('\n')[0]}. ${ALTERNATIVES}`,
    );
  }
}

function checkMaven(env: NodeJS.ProcessEnv): void {
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8', env }).error) {
    throw new LocalNeo4jError(
      `Maven (\`mvn\`) is needed once, to fetch Neo4j from Maven Central, and it was not found. ${ALTERNATIVES}`,
    );
  }
}

/** A hash of what the build depends on: a changed pom or launcher source means a rebuild. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  hash.update(fs.readFileSync(path.join(LAUNCHER_DIR, 'pom.xml')));
  const sources = path.join(LAUNCHER_DIR, 'src');
  for (const file of fs.readdirSync(sources, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(sources, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

function cachedBuild(stamp: string): Build | undefined {
  const classpathFile = path.join(TARGET_DIR, 'classpath.txt');
  const plugins = path.join(TARGET_DIR, 'plugins');
  if (!fs.existsSync(STAMP_FILE) || fs.readFileSync(STAMP_FILE, 'utf8') !== stamp) return undefined;
  if (!fs.existsSync(classpathFile) || !fs.existsSync(plugins)) return undefined;
  const jars = fs.readFileSync(classpathFile, 'utf8').trim().split(path.delimiter);
  // The classpath points into ~/.m2; a cleaned local repository means fetching again.
  if (!jars.every((jar) => fs.existsSync(jar))) return undefined;
  const classpath = [path.join(TARGET_DIR, 'classes'), ...jars, path.join(plugins, '*')].join(path.delimiter);
  return { classpath, plugins };
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
    const build = await ensureLocalNeo4jBuilt(progress);
    fs.mkdirSync(options.home, { recursive: true });
    const settings: Record<string, string> = {
      'server.memory.pagecache.size': '256m',
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
      `-Xms256m`,
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      // The same openings Neo4j's own launcher grants, so it can use its fast memory paths.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
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
