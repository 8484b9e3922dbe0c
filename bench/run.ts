import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../src/db/database';
import { LocalNeo4j, memorySettings } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { cypher } from '../src/db/queries';
import { seedGraph } from '../src/dataset/seed';
import { loadConfig } from '../src/config';
import { projectRoot } from '../src/paths';
import { check, type Counted } from './check';
import { curatedTargets } from './curated';
import { LoadMonitor, sequentialLatency, throughput, warmUp, type Throughput } from './measure';
import {
  startCypher,
  startLibrary,
  startOurs,
  TRANSACTION_TIMEOUT_MS,
  type Neo4jAccess,
  type Peer,
} from './peers';
import { Profiler } from './profile';
import {
  machine,
  table,
  writeReport,
  type GraphInfo,
  type Report,
  type ScenarioResult,
  type Settings,
} from './report';
import { Resources } from './resources';
import { buildScenarios, SCENARIO_KEYS, type QuestionTargets, type Scenario } from './scenarios';
import { writeSummary } from './summary';
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

/**
 * `npm run bench -- --size 100k`: a local Neo4j holding a graph of that size (generated in the
 * project's own model, bench/synthetic), or the curated dataset (`--size curated`), and against
 * it, side by side, our server (planner on and off), the Neo4j GraphQL Library (two mappings) and
 * raw Cypher, asked the same questions. Answers are checked equal first; then each is timed, and
 * our statements are PROFILEd. See BENCHMARKS.md.
 */

const PASSWORD = 'bench-neo4j-password';
const log = (message: string): void =>
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

interface Options extends Settings {
  size: string;
  entities: number | null;
  seed: number;
  only: string[] | null;
  includeSlow: boolean;
  home: string | null;
  heap: string;
  pageCache: string;
}

function options(argv: string[]): Options {
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

/** The commit measured, and whether the working tree differed from it. */
function revision(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'cypher', 'bench') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function versionOf(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Starts the local Neo4j in a kept home (BENCH_NEO4J_HOME) or a temporary one, removed at the end. */
async function startNeo4j(config: Options, resources: Resources, fresh = false): Promise<LocalNeo4j> {
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
async function prepareGraph(
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

/**
 * A run of some questions only (BENCH_SCENARIOS), on the same graph as the size's earlier full
 * run, replaces those questions in the earlier results and keeps the others, noting when and at
 * what load each was re-run: noisy figures can be re-measured when the machine is quieter.
 */
function mergeRerun(report: Report, dir: string): Report {
  const file = path.join(dir, `${report.size}.json`);
  if (!fs.existsSync(file)) return report;
  const earlier = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  const identity = (r: Report) =>
    JSON.stringify([
      r.graph.kind,
      r.graph.entities,
      r.graph.relations,
      r.graph.kind === 'synthetic' ? [r.graph.seed, r.graph.generatorVersion] : null,
    ]);
  if (identity(earlier) !== identity(report)) return report;
  const rerun = new Map(report.scenarios.map((s) => [s.key, { ...s, rerunAt: report.date }]));
  const keys = [...new Set([...earlier.scenarios.map((s) => s.key), ...rerun.keys()])];
  const order = (key: string) => (SCENARIO_KEYS as readonly string[]).indexOf(key);
  return {
    ...earlier,
    scenarios: keys
      .sort((a, b) => order(a) - order(b))
      .map((key) => rerun.get(key) ?? earlier.scenarios.find((s) => s.key === key)!),
    reruns: [
      ...(earlier.reruns ?? []),
      {
        date: report.date,
        questions: [...rerun.keys()],
        loadAverage: report.machine.loadAverage,
        revision: report.revision,
      },
    ],
  };
}

/** How many entities come up to and including an id: where the library's offset cursor points. */
async function offsetOf(db: Database, id: string): Promise<number> {
  const [row] = await db.read(
    { name: 'bench/offset', text: 'MATCH (e:Entity) WHERE e.id <= $id RETURN count(e) AS offset' },
    { id },
  );
  return row.offset as number;
}

async function main(resources: Resources): Promise<void> {
  const config = options(process.argv.slice(2));
  // The commit at the start: the code this process runs, whatever is committed meanwhile.
  const measured = revision();
  const monitor = new LoadMonitor();
  const loadAtStart = monitor.sample();
  log(
    `size ${config.size}, seed ${config.seed}; 1-minute load average ${loadAtStart.toFixed(2)} at the start`,
  );
  const { neo4j: neo4jServer, targets, graph } = await prepareGraph(config, resources);
  let crashed: string | null = null;
  neo4jServer.onCrash((reason) => {
    crashed = reason;
    log(reason);
  });
  const neo: Neo4jAccess = { uri: neo4jServer.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j' };
  const scenarios = buildScenarios(targets).filter((s) => !config.only || config.only.includes(s.key));
  log(`questions about ${JSON.stringify(targets)}`);

  const ours = await startOurs(neo);
  if (!ours.plannerSwitch) throw new Error('GRAPHQL_PLANNER=true and =false gave the same configuration');
  const peers: Peer[] = [...ours.peers, ...(await startLibrary(neo)), ...(await startCypher(neo))];
  for (const peer of peers) resources.add(peer.label, () => peer.close());

  // First check every answer, so that a disagreement stops the run before anything is timed.
  const plans: Array<{ scenario: Scenario; asked: Peer[]; result: ScenarioResult; counted: Counted }> = [];
  for (const [index, scenario] of scenarios.entries()) {
    const skipped: ScenarioResult['skipped'] = [];
    const supported = peers.filter((peer) => {
      if (!peer.supports(scenario)) {
        if (peer.key === 'library' || peer.key === 'library-generic') {
          skipped.push({ system: peer.label, reason: scenario.libraryCannot ?? 'no query for this mapping' });
        }
        return false;
      }
      const slow = peer.slow(scenario);
      if (slow && !config.includeSlow) {
        skipped.push({ system: peer.label, reason: `${slow} (BENCH_SLOW=1 times it)` });
        return false;
      }
      return true;
    });
    log(`[${index + 1}/${scenarios.length}] checking ${scenario.title} on ${supported.length} systems`);
    const { facts, counted } = await check(scenario, supported);
    const failed = supported.filter((peer) => !counted.get(peer.key)!.ok);
    for (const peer of failed) {
      const c = counted.get(peer.key)!;
      if (!c.ok)
        log(`  ${peer.label} FAILED after ${c.firstMs.toFixed(0)} ms: ${c.error} ${c.message.slice(0, 160)}`);
    }
    log(`  the ${supported.length - failed.length} answers agree (${facts} facts)`);
    plans.push({
      scenario,
      asked: supported.filter((peer) => counted.get(peer.key)!.ok),
      counted,
      result: {
        key: scenario.key,
        title: scenario.title,
        maxQueries: scenario.maxQueries,
        facts,
        peers: [],
        failed: failed.map((peer) => {
          const c = counted.get(peer.key)!;
          return {
            key: peer.key,
            label: peer.label,
            ms: c.firstMs,
            error: c.ok ? '' : c.error,
            message: c.ok ? '' : c.message,
          };
        }),
        skipped,
        profile: [],
      },
    });
  }

  const callsOf = (plan: (typeof plans)[number]) => plan.asked.map((peer) => () => peer.ask(plan.scenario));
  log(
    `warming up: up to ${config.warmup} rounds of every question to every system, at most ${config.warmupSeconds} s`,
  );
  const warmRounds = await warmUp(plans.flatMap(callsOf), config.warmup, config.warmupSeconds);
  log(`warmed up with ${warmRounds} rounds`);

  for (const [index, { scenario, asked, counted, result }] of plans.entries()) {
    const loadNow = monitor.sample();
    log(`[${index + 1}/${plans.length}] timing ${scenario.title} (load average ${loadNow.toFixed(2)})`);
    result.loadAverage = loadNow;
    const calls = callsOf(plans[index]);
    await warmUp(calls, Math.min(10, config.warmup), config.sequentialSeconds / 4);
    let lastReport = Date.now();
    const latencies = await sequentialLatency(calls, config.requests, config.sequentialSeconds, (round) => {
      if (Date.now() - lastReport < 10_000) return;
      lastReport = Date.now();
      log(`  latency: round ${round}/${config.requests}`);
    });
    // Throughput runs cannot take turns; their order rotates from one question to the next.
    const loads = new Map<Peer, Throughput>();
    for (let turn = 0; turn < asked.length; turn++) {
      const peer = asked[(index + turn) % asked.length];
      loads.set(peer, await throughput(() => peer.ask(scenario), config.concurrency, config.seconds));
    }
    asked.forEach((peer, i) => {
      const latency = latencies[i];
      const load = loads.get(peer)!;
      const c = counted.get(peer.key)!;
      if (!c.ok) return;
      result.peers.push({
        key: peer.key,
        label: peer.label,
        firstRequestMs: c.firstMs,
        cypherQueries: c.queries,
        latency,
        throughput: load,
        cypher: peer.key.startsWith('library') ? c.statements?.map((s) => s.text) : undefined,
      });
      const errors = Object.entries({ ...latency.errors, ...load.errors });
      log(
        `  ${peer.label}: ${c.queries} queries, p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms ` +
          `(${latency.requests} requests), ${load.perSecond.toFixed(0)} req/s at ${config.concurrency}, ` +
          `p99 ${load.p99.toFixed(0)} ms${errors.length ? `; errors ${JSON.stringify(Object.fromEntries(errors))}` : ''}`,
      );
    });
  }

  // PROFILE each statement our server ran for each question (planner on and off), and the raw one.
  const profileDriver = createDriver({ uri: neo.uri, username: neo.username, password: neo.password });
  resources.add('the profiling driver', () => profileDriver.close());
  const profiler = new Profiler(profileDriver, neo.database, 60_000);
  for (const { scenario, counted, result } of plans) {
    log(`profiling ${scenario.title}`);
    const seen = new Set<string>();
    for (const key of ['ours', 'ours-unplanned', 'cypher'] as const) {
      const c = counted.get(key);
      if (!c?.ok) continue;
      for (const [position, statement] of (c.statements ?? []).entries()) {
        const id = `${statement.text}\u0000${JSON.stringify(statement.params)}`;
        const fallback = key === 'cypher' ? 'raw Cypher' : 'generated statement';
        if (seen.has(id)) {
          const earlier = result.profile.find((p) => p.statementId === id)!;
          earlier.systems.push(key);
          continue;
        }
        seen.add(id);
        const profiled = await profiler.profile(statement, fallback);
        result.profile.push({ ...profiled, systems: [key], position, statementId: id });
      }
    }
    for (const p of result.profile) {
      log(
        `  ${p.name} (${p.systems.join(', ')}): ${p.error ?? `${p.dbHits.toLocaleString('en')} db hits, ${p.rows} rows`}`,
      );
    }
  }
  if (crashed) throw new Error(crashed);

  const loadAverage = monitor.stop();
  const report: Report = {
    size: config.size,
    date: new Date().toISOString(),
    machine: machine(loadAtStart, loadAverage),
    neo4j: {
      version: neo4jServer.version,
      heap: config.heap,
      pageCache: config.pageCache,
      memory: memorySettings(config.heap),
      transactionTimeoutMs: TRANSACTION_TIMEOUT_MS,
    },
    libraries: Object.fromEntries(
      ['@apollo/server', 'type-graphql', 'graphql', '@neo4j/graphql', 'neo4j-driver'].map((name) => [
        name,
        versionOf(name),
      ]),
    ),
    settings: {
      warmup: config.warmup,
      warmupSeconds: config.warmupSeconds,
      requests: config.requests,
      sequentialSeconds: config.sequentialSeconds,
      concurrency: config.concurrency,
      seconds: config.seconds,
    },
    plannerSwitch: ours.plannerSwitch,
    revision: measured,
    graph,
    targets,
    scenarios: plans.map((plan) => plan.result),
  };
  const dir = path.join(projectRoot, 'bench', 'results');
  const merged = config.only ? mergeRerun(report, dir) : report;
  if (merged !== report)
    log(`merged the re-run of ${config.only!.join(', ')} into the earlier ${config.size} results`);
  const written = await writeReport(merged, dir);
  process.stdout.write(`${table(report)}\n`);
  log(`wrote ${path.relative(projectRoot, written.json)} and ${path.relative(projectRoot, written.md)}`);
  const summary = await writeSummary();
  log(`updated ${summary.map((file) => path.relative(projectRoot, file)).join(' and ')}`);
}

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
