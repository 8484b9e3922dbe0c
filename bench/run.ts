import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createDriver } from '../src/db/database';
import { memorySettings } from '../src/db/local-neo4j';
import { projectRoot } from '../src/paths';
import { check, type Counted } from './check';
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
import { machine, table, writeReport, type Report, type ScenarioResult } from './report';
import type { Resources } from './resources';
import { buildScenarios, SCENARIO_KEYS, type Scenario } from './scenarios';
import { log, options, PASSWORD, prepareGraph, runMain } from './setup';
import { writeSummary } from './summary';

/**
 * `npm run bench -- --size 100k`: a local Neo4j holding a graph of that size (generated in the
 * project's own model, bench/synthetic), or the curated dataset (`--size curated`), and against
 * it, side by side, our server (planner on and off), the Neo4j GraphQL Library (two mappings) and
 * raw Cypher, asked the same questions. Answers are checked equal first; then each is timed, and
 * our statements are PROFILEd. See BENCHMARKS.md.
 */

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
    // Statement texts profiled for this question: at most the few each system ran.
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

runMain(main);
