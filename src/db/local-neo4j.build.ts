import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../paths';

/**
 * Fetching and building the local Neo4j: the Maven project in neo4j-local/ resolves Neo4j
 * Community and APOC from Maven Central and compiles the launcher, once; later starts reuse it.
 */

export type Progress = (message: string) => void;

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const LAUNCHER_DIR = path.join(projectRoot, 'neo4j-local');
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const STAMP_FILE = path.join(TARGET_DIR, 'build.stamp');
export const ALTERNATIVES =
  'Alternatives: run `docker compose up` (Docker), or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD ' +
  'to an existing Neo4j 5 server.';

export interface Build {
  classpath: string;
  plugins: string;
  /**
   * Where the class-data archive of this build on this Java belongs (see local-neo4j.ts): named
   * by the Java runtime, since an archive serves only the JVM that wrote it. It may not exist yet.
   */
  classArchive: string;
}

const LOCK_DIR = path.join(LAUNCHER_DIR, '.build-lock');
/** Longer than any build takes: a lock this old was left by a process that died building. */
const STALE_LOCK_MS = 30 * 60_000;

/** The build under way in this process, if any: concurrent callers share it. */
let building: Promise<Build> | null = null;

/**
 * Checks Java 17+ and Maven, then builds the launcher unless an up-to-date build is cached. One
 * build at a time: two Maven runs over one target folder copy the same jars at once and fail
 * ("Failed to copy full contents"), as the tests' two servers starting side by side on a fresh
 * clone did. Callers in this process share one build; other processes wait on a lock folder and
 * then find the build cached.
 */
export async function ensureLocalNeo4jBuilt(
  progress: Progress = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Build> {
  const java = checkJava(env);
  const cached = cachedBuild(sourceStamp(), java);
  if (cached) return cached;
  building ??= withLauncherLock(progress, async () => {
    const stamp = sourceStamp();
    return cachedBuild(stamp, java) ?? (await build(stamp, java, progress, env));
  }).finally(() => {
    building = null;
  });
  return building;
}

/**
 * Runs work that writes into neo4j-local/target while holding the lock folder, so that no other
 * process builds (or writes the class archive) at the same time.
 */
export async function withLauncherLock<T>(progress: Progress, work: () => Promise<T>): Promise<T> {
  await acquireLock(progress);
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Takes the lock folder (mkdir is atomic), waiting while another process builds. */
async function acquireLock(progress: Progress): Promise<void> {
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (!told) progress('another process is building the local Neo4j launcher: waiting for it');
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function build(
  stamp: string,
  java: string,
  progress: Progress,
  env: NodeJS.ProcessEnv,
): Promise<Build> {
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
  // Archives of the previous build name jars that have just been rewritten: useless now.
  for (const file of fs.readdirSync(TARGET_DIR)) {
    if (file.startsWith(ARCHIVE_PREFIX)) fs.rmSync(path.join(TARGET_DIR, file), { force: true });
  }
  const build = cachedBuild(stamp, java);
  if (!build) throw new LocalNeo4jError(`Maven finished but ${TARGET_DIR} lacks the classpath or plugins`);
  return build;
}

/** Checks Java 17+; returns what `java -version` says, which names the runtime exactly. */
function checkJava(env: NodeJS.ProcessEnv): string {
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
  // Which runtime it is, without what options change: the "Picked up JDK_JAVA_OPTIONS" note and
  // the JIT's mode ("mixed mode, emulated-client, sharing").
  return java.stderr
    .split('\n')
    .filter((line) => !/Picked up/.test(line))
    .map((line) => line.replace(/, [^,()]* mode\b[^()]*\)$/, ')'))
    .join('\n');
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

const ARCHIVE_PREFIX = 'classes-';

function cachedBuild(stamp: string, java: string): Build | undefined {
  const classpathFile = path.join(TARGET_DIR, 'classpath.txt');
  const plugins = path.join(TARGET_DIR, 'plugins');
  if (!fs.existsSync(STAMP_FILE) || fs.readFileSync(STAMP_FILE, 'utf8') !== stamp) return undefined;
  if (!fs.existsSync(classpathFile) || !fs.existsSync(plugins)) return undefined;
  const jars = fs.readFileSync(classpathFile, 'utf8').trim().split(path.delimiter);
  // The classpath points into ~/.m2; a cleaned local repository means fetching again.
  if (!jars.every((jar) => fs.existsSync(jar))) return undefined;
  const launcher = path.join(TARGET_DIR, 'neo4j-local.jar');
  if (!fs.existsSync(launcher)) return undefined;
  const classpath = [launcher, ...jars, path.join(plugins, '*')].join(path.delimiter);
  const runtime = createHash('sha256').update(java).digest('hex').slice(0, 12);
  return { classpath, plugins, classArchive: path.join(TARGET_DIR, `${ARCHIVE_PREFIX}${runtime}.jsa`) };
}
