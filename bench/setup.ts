import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../src/db/database';
import { LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { cypher } from '../src/db/queries';
import { seedGraph } from '../src/dataset/seed';
import { loadConfig } from '../src/config';
import { curatedTargets } from './curated';
import type { GraphInfo, Settings } from './report';
import { Resources } from './resources';
import { SCENARIO_KEYS, type QuestionTargets } from './scenarios';
import { SyntheticGraph, seedOf } from './synthetic/graph';
import {
  countStored,
  GENERATOR_VERSION,
  loadSyntheticGraph,
  readStoredGraph,
  storedFormHash,
  writeStoredGraph,
} from './synthetic/load';
import { Adjacency, chooseTargets, degreeSummary } from './synthetic/targets';
import type { Neo4jAccess } from './peers';

/**
 * What every benchmark command shares: the sizes and settings it reads from its arguments and
 * the environment, and the local Neo4j holding the graph of that size (generated, or the curated
 * dataset), loaded once into a kept home when BENCH_NEO4J_HOME names one.
 */

export const PASSWORD = 'bench-neo4j-password';
export const log = (message: string): void =>
  void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Sizes by name, and the local Neo4j's memory for each (NEO4J_LOCAL_HEAP / _PAGECACHE override it). */
const SIZES: Record<string, { entities: number | null; heap: string; pageCache: string }> = {
  curated: { entities: null, heap: '1g', pageCache: '256m' },
  '10k': { entities: 10_000, heap: '1g', pageCache: '512m' },
  '100k': { entities: 100_000, heap: '1g', pageCache: '1g' },
  '1m': { entities: 1_000_000, heap: '4g', pageCache: '4g' },
};

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name}: expected a number >= ${min}, received "${raw}"`);
  return value;
}

export interface Options extends Settings {
  size: string;
  entities: number | null;
  seed: number;
  only: string[] | null;
  includeSlow: boolean;
  home: string | null;
  heap: string;
  pageCache: string;
}

export function options(argv: string[]): Options {
  const arg = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    if (at >= 0) return argv[at + 1];
    return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const size = (arg('size') ?? 'curated').toLowerCase();
  const named = SIZES[size];
  const custom = /^(\d+)(k|m)?$/.exec(size);
  if (!named && !custom) {
    throw new Error(
      `--size: expected ${Object.keys(SIZES).join(', ')} or a number such as 50k, received "${size}"`,
    );
  }
  const entities = named
    ? named.entities
    : Number(custom![1]) * (custom![2] === 'k' ? 1_000 : custom![2] === 'm' ? 1_000_000 : 1);
  const defaults = named ?? (entities! > 300_000 ? SIZES['1m'] : SIZES['100k']);
  // The same validation as the server's own configuration (src/config.ts).
  const env = loadConfig({
    NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP,
    NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE,
  }).neo4j;
  const only = process.env.BENCH_SCENARIOS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const key of only ?? []) {
    if (!(SCENARIO_KEYS as readonly string[]).includes(key))
      throw new Error(`BENCH_SCENARIOS: "${key}" is none of ${SCENARIO_KEYS.join(', ')}`);
  }
  return {
    size,
    entities,
    seed: seedOf(arg('seed') ?? '1'),
    warmup: Math.round(setting('BENCH_WARMUP', 50, 0)),
    warmupSeconds: setting('BENCH_WARMUP_SECONDS', 120, 0),
    requests: Math.round(setting('BENCH_REQUESTS', 300, 1)),
    sequentialSeconds: setting('BENCH_SEQUENTIAL_SECONDS', 60, 1),
    concurrency: Math.round(setting('BENCH_CONCURRENCY', 16, 1)),
    seconds: setting('BENCH_SECONDS', 5, 0.1),
    only: only?.length ? only : null,
    includeSlow: process.env.BENCH_SLOW === '1',
    home: process.env.BENCH_NEO4J_HOME ? path.resolve(process.env.BENCH_NEO4J_HOME) : null,
    heap: env.kind === 'local' && process.env.NEO4J_LOCAL_HEAP ? env.heap : defaults.heap,
    pageCache: env.kind === 'local' && process.env.NEO4J_LOCAL_PAGECACHE ? env.pageCache : defaults.pageCache,
  };
}

/** Starts the local Neo4j in a kept home (BENCH_NEO4J_HOME) or a temporary one, removed at the end. */
export async function startNeo4j(config: Options, resources: Resources, fresh = false): Promise<LocalNeo4j> {
  const home = config.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'oic-kg-bench-'));
  if (!config.home) {
    resources.add('the temporary Neo4j home', async () => fs.rmSync(home, { recursive: true, force: true }));
  } else if (fresh) {
    fs.rmSync(home, { recursive: true, force: true });
  }
  const server = await LocalNeo4j.start({
    home,
    port: 0,
    password: PASSWORD,
    heap: config.heap,
    pageCache: config.pageCache,
    progress: log,
    startTimeoutMs: 600_000,
  });
  resources.add('Neo4j', () => server.stop(120_000));
  return server;
}

/** A Database for loading and setting up: long transactions, no request stats. */
const setupDatabase = (neo: Neo4jAccess): Database =>
  new Database(createDriver({ uri: neo.uri, username: neo.username, password: neo.password }), neo.database, {
    transactionTimeoutMs: 1_800_000,
  });

/**
 * Fills the graph: the curated dataset, or the synthetic graph of the size (skipped when a kept
 * home already holds that very graph). Returns what the questions ask about and the graph's figures.
 */
export async function prepareGraph(
  config: Options,
  resources: Resources,
): Promise<{ neo4j: LocalNeo4j; targets: QuestionTargets; graph: GraphInfo }> {
  let neo4jServer = await startNeo4j(config, resources);
  const access = (server: LocalNeo4j): Neo4jAccess => ({
    uri: server.uri,
    username: 'neo4j',
    password: PASSWORD,
    database: 'neo4j',
  });
  let db = setupDatabase(access(neo4jServer));
  try {
    if (config.entities === null) {
      await applySchema(db);
      const started = Date.now();
      const seeded = await seedGraph(db);
      const stored = await countStored(db);
      log(
        `loaded the curated dataset: ${seeded.entities.created} entities, ${seeded.relations.created} relations`,
      );
      const curated = curatedTargets();
      const targets = {
        ...curated,
        deep: { after: curated.deepAfter, offset: await offsetOf(db, curated.deepAfter) },
      };
      return {
        neo4j: neo4jServer,
        targets,
        graph: { kind: 'curated', ...stored, loadSeconds: (Date.now() - started) / 1000, cached: false },
      };
    }
    const generated = Date.now();
    const graph = new SyntheticGraph(config.entities, config.seed).generate((done) =>
      log(`generating relations: ${done.toLocaleString('en')}`),
    );
    const chosen = chooseTargets(graph);
    const degrees = degreeSummary(graph, new Adjacency(graph));
    log(
      `generated ${graph.size.toLocaleString('en')} entities and ${graph.relationCount.toLocaleString('en')} relations ` +
        `in ${((Date.now() - generated) / 1000).toFixed(1)} s; hubs ${JSON.stringify(degrees.hubs)}, ` +
        `degree p50 ${degrees.p50}, p99 ${degrees.p99}, largest outside the hubs ${degrees.maxOutsideHubs}`,
    );
    let stored = config.home ? await readStoredGraph(db) : null;
    const same =
      stored &&
      stored.size === config.entities &&
      stored.seed === config.seed &&
      stored.version === GENERATOR_VERSION &&
      stored.storedForm === storedFormHash();
    let cached = false;
    let load = null;
    if (same) {
      cached = true;
      log(
        `${config.home} already holds this graph (loaded in ${stored!.loadSeconds.toFixed(0)} s): not loading it again`,
      );
    } else {
      if (config.home && (await countStored(db)).entities > 0) {
        log(`${config.home} holds another graph: starting from an empty one`);
        await db.close();
        await neo4jServer.stop(120_000);
        neo4jServer = await startNeo4j(config, resources, true);
        db = setupDatabase(access(neo4jServer));
      }
      await applySchema(db);
      load = await loadSyntheticGraph(db, graph, log);
      await db.write(cypher('schema/await-indexes'));
      stored = {
        size: config.entities,
        seed: config.seed,
        version: GENERATOR_VERSION,
        storedForm: storedFormHash(),
        loadSeconds: load.seconds,
      };
      await writeStoredGraph(db, stored);
      log(
        `loaded in ${load.seconds.toFixed(1)} s (entities ${load.entitySeconds.toFixed(1)} s, ` +
          `relations ${load.relationSeconds.toFixed(1)} s; ${load.sources} sources, ${load.citations} citations)`,
      );
    }
    const counts = await countStored(db);
    if (counts.entities !== graph.size || counts.relations !== graph.relationCount) {
      throw new Error(
        `Neo4j holds ${counts.entities} entities and ${counts.relations} relations, the generator made ` +
          `${graph.size} and ${graph.relationCount}`,
      );
    }
    const targets: QuestionTargets = {
      entity: chosen.entity,
      position: chosen.position,
      organisation: chosen.organisation,
      neighbourhood: chosen.neighbourhood,
      hub: chosen.hubs.organization,
      search: chosen.search,
      deep: { after: chosen.deepAfter, offset: await offsetOf(db, chosen.deepAfter) },
      timeline: chosen.timeline,
      path: chosen.path,
    };
    return {
      neo4j: neo4jServer,
      targets,
      graph: {
        kind: 'synthetic',
        seed: config.seed,
        generatorVersion: GENERATOR_VERSION,
        ...counts,
        loadSeconds: stored!.loadSeconds,
        cached,
        load: load ?? undefined,
        degrees,
        targets: chosen,
      },
    };
  } finally {
    await db.close();
  }
}

export async function offsetOf(db: Database, id: string): Promise<number> {
  const [row] = await db.read(
    { name: 'bench/offset', text: 'MATCH (e:Entity) WHERE e.id <= $id RETURN count(e) AS offset' },
    { id },
  );
  return row.offset as number;
}

/**
 * Runs a benchmark's main with the resources it opens (Neo4j, drivers, servers), closing them at
 * the end, on failure and on Ctrl-C; exits 0, 1 (with the reason) or 130.
 */
export function runMain(main: (resources: Resources) => Promise<void>): void {
  const resources = new Resources();
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    log('interrupted: stopping');
    void resources.closeAll().then(() => process.exit(130));
  });
  main(resources)
    .then(async () => {
      await resources.closeAll();
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      if (!interrupted)
        log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await resources.closeAll();
      process.exit(interrupted ? 130 : 1);
    });
}
