import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../src/db/database';
import { LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { seedGraph } from '../src/dataset/seed';
import { projectRoot } from '../src/paths';
import { sequentialLatency, throughput, warmUp, type Throughput } from './measure';
import { startCypher, startLibrary, startOurs, type Neo4jAccess, type Peer } from './peers';
import { check, type Counted } from './check';
import { machine, table, writeReport, type Report, type ScenarioResult, type Settings } from './report';
import { Resources } from './resources';
import { SCENARIOS, type Scenario } from './scenarios';

/**
 * `npm run bench`: a throw-away local Neo4j with the curated dataset, and against it, side by
 * side, our server, the Neo4j GraphQL Library and raw Cypher, asked the same questions. The
 * answers are checked equal first; then each is timed. See BENCHMARKS.md.
 */

const PASSWORD = 'bench-neo4j-password';
const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name}: expected a number >= ${min}, received "${raw}"`);
  return value;
}

function settings(): Settings & { only: string[] | null; includeSlow: boolean } {
  const only =
    process.env.BENCH_SCENARIOS?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? null;
  return {
    warmup: Math.round(setting('BENCH_WARMUP', 50, 0)),
    requests: Math.round(setting('BENCH_REQUESTS', 300, 1)),
    concurrency: Math.round(setting('BENCH_CONCURRENCY', 8, 1)),
    seconds: setting('BENCH_SECONDS', 5, 0.1),
    only: only?.length ? only : null,
    includeSlow: process.env.BENCH_SLOW === '1',
  };
}

function versionOf(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

async function main(resources: Resources): Promise<void> {
  const config = settings();
  const loadAtStart = os.loadavg()[0];
  const scenarios = SCENARIOS.filter((s) => !config.only || config.only.includes(s.key));
  if (scenarios.length === 0)
    throw new Error(`BENCH_SCENARIOS matches none of ${SCENARIOS.map((s) => s.key).join(', ')}`);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'oic-kg-bench-'));
  resources.add('the temporary Neo4j home', async () => fs.rmSync(home, { recursive: true, force: true }));
  const neo4jServer = await LocalNeo4j.start({ home, port: 0, password: PASSWORD, progress: log });
  resources.add('Neo4j', () => neo4jServer.stop());
  let crashed: string | null = null;
  neo4jServer.onCrash((reason) => {
    crashed = reason;
    log(reason);
  });
  const neo: Neo4jAccess = { uri: neo4jServer.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j' };

  const seeding = new Database(createDriver(neo), neo.database);
  try {
    await applySchema(seeding);
    const seeded = await seedGraph(seeding);
    log(`seeded ${seeded.entities.created} entities, ${seeded.relations.created} relations`);
  } finally {
    await seeding.close();
  }

  const peers: Peer[] = [];
  for (const start of [startOurs, startLibrary, startCypher]) {
    for (const peer of await start(neo)) {
      resources.add(peer.label, () => peer.close());
      peers.push(peer);
    }
  }

  // First check every answer, so that a disagreement stops the run before anything is timed.
  const plans: Array<{ scenario: Scenario; asked: Peer[]; result: ScenarioResult; counted: Counted }> = [];
  for (const scenario of scenarios) {
    const skipped: ScenarioResult['skipped'] = [];
    const asked = peers.filter((peer) => {
      const slow = peer.supports(scenario) ? peer.slow(scenario) : null;
      if (slow && !config.includeSlow) {
        log(`${scenario.title}: not timing ${peer.label}: ${slow}; BENCH_SLOW=1 times it`);
        skipped.push({ system: peer.label, reason: slow });
      }
      return peer.supports(scenario) && (!slow || config.includeSlow);
    });
    const { facts, counted } = await check(scenario, asked);
    log(`${scenario.title}: the ${asked.length} answers agree (${facts} facts)`);
    plans.push({
      scenario,
      asked,
      counted,
      result: { key: scenario.key, title: scenario.title, facts, peers: [], skipped },
    });
  }

  const callsOf = (plan: (typeof plans)[number]) => plan.asked.map((peer) => () => peer.ask(plan.scenario));
  log(`warming up: ${config.warmup} rounds of every question to every system`);
  await warmUp(plans.flatMap(callsOf), config.warmup);

  for (const [index, { scenario, asked, counted, result }] of plans.entries()) {
    log(`timing ${scenario.title}`);
    const calls = callsOf(plans[index]);
    await warmUp(calls, Math.min(10, config.warmup));
    const latencies = await sequentialLatency(calls, config.requests);
    // Throughput runs cannot take turns; their order rotates from one question to the next.
    const loads = new Map<Peer, Throughput>();
    for (let turn = 0; turn < asked.length; turn++) {
      const peer = asked[(index + turn) % asked.length];
      loads.set(peer, await throughput(() => peer.ask(scenario), config.concurrency, config.seconds));
    }
    asked.forEach((peer, i) => {
      const latency = latencies[i];
      const load = loads.get(peer)!;
      const { firstMs, queries, cypher } = counted.get(peer.key)!;
      result.peers.push({
        key: peer.key,
        label: peer.label,
        firstRequestMs: firstMs,
        cypherQueries: queries,
        latency,
        throughput: load,
        cypher,
      });
      log(
        `  ${peer.label}: p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms, ` +
          `${load.perSecond.toFixed(0)} req/s at ${config.concurrency}`,
      );
    });
  }
  const results = plans.map((plan) => plan.result);
  if (crashed) throw new Error(crashed);

  const report: Report = {
    date: new Date().toISOString(),
    machine: machine(loadAtStart),
    neo4j: neo4jServer.version,
    libraries: Object.fromEntries(
      ['@apollo/server', 'type-graphql', 'graphql', '@neo4j/graphql', 'neo4j-driver'].map((name) => [
        name,
        versionOf(name),
      ]),
    ),
    settings: {
      warmup: config.warmup,
      requests: config.requests,
      concurrency: config.concurrency,
      seconds: config.seconds,
    },
    scenarios: results,
  };
  const written = await writeReport(report, path.join(projectRoot, 'bench', 'results'));
  process.stdout.write(`${table(report)}\n`);
  log(`wrote ${path.relative(projectRoot, written.json)} and ${path.relative(projectRoot, written.md)}`);
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
