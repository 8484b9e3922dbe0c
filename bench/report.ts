import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Latency, Throughput } from './measure';
import type { Profiled } from './profile';
import type { QuestionTargets } from './scenarios';
import type { Targets } from './synthetic/targets';
import type { DegreeSummary } from './synthetic/targets';
import type { LoadReport } from './synthetic/load';

export interface PeerResult {
  key: string;
  label: string;
  /** The very first request, cold: Neo4j plans the query (and the library checks the Neo4j version). */
  firstRequestMs: number;
  /** Cypher statements one request ran: counted for our server and the library, 1 for raw Cypher. */
  cypherQueries: number;
  latency: Latency;
  throughput: Throughput;
  /** The Cypher the library compiled for the request. */
  cypher?: string[];
}

export interface ScenarioResult {
  key: string;
  title: string;
  maxQueries: number;
  /** How many facts (ids, names, dates) the answers agreed on. */
  facts: number;
  /** 1-minute load average when the question's timing began. */
  loadAverage?: number;
  peers: PeerResult[];
  /** Systems that failed the question (an error code, a timeout): not timed. */
  failed: Array<{ key: string; label: string; ms: number; error: string; message: string }>;
  /** Systems not asked the question, and why. */
  skipped: Array<{ system: string; reason: string }>;
  /** PROFILE of each statement our server ran (planner on, off) and of the raw query. */
  profile: Array<Profiled & { systems: string[]; position: number; statementId: string }>;
  /** When the question was re-run alone (BENCH_SCENARIOS) and merged into the size's results. */
  rerunAt?: string;
}

export interface Settings {
  warmup: number;
  warmupSeconds: number;
  requests: number;
  sequentialSeconds: number;
  concurrency: number;
  seconds: number;
}

export type GraphInfo =
  | {
      kind: 'curated';
      entities: number;
      relations: number;
      loadSeconds: number;
      cached: boolean;
    }
  | {
      kind: 'synthetic';
      seed: number;
      generatorVersion: number;
      entities: number;
      relations: number;
      /** Seconds the load took (when the graph was loaded by an earlier run: that run's). */
      loadSeconds: number;
      /** True when a kept Neo4j home (BENCH_NEO4J_HOME) already held the graph. */
      cached: boolean;
      load?: LoadReport;
      degrees: DegreeSummary;
      targets: Targets;
    };

export interface Report {
  size: string;
  date: string;
  machine: {
    cpuModel: string;
    cpus: number;
    memoryGiB: number;
    os: string;
    node: string;
    /**
     * 1-minute load average when the run started, and over the run (sampled every 10 s; it
     * includes the benchmark's own load): other engineers' work on the machine skews timings.
     */
    loadAverage: { start: number; min: number; mean: number; max: number; samples: number };
  };
  neo4j: {
    version: string;
    heap: string;
    pageCache: string;
    memory: Record<string, string>;
    transactionTimeoutMs: number;
  };
  libraries: Record<string, string>;
  settings: Settings;
  /** Whether the server's configuration knew GRAPHQL_PLANNER: if not, both "our server" rows are one server. */
  plannerSwitch: boolean;
  /** The commit measured (git rev-parse --short HEAD), noting uncommitted changes to src/, cypher/, bench/. */
  revision?: string;
  /**
   * Set by hand on a kept run of older code (the one-off 1M run): what it measured. The summary
   * shows such a run apart, labelled, and leaves it out of the targets, the growth table and the chart.
   */
  oneOff?: string;
  graph: GraphInfo;
  targets: QuestionTargets;
  scenarios: ScenarioResult[];
  /** Questions re-run later on the same graph, when, and at what load. */
  reruns?: Array<{
    date: string;
    questions: string[];
    loadAverage: Report['machine']['loadAverage'];
    /** The commit the re-run measured, which may be newer than the run's. */
    revision?: string;
  }>;
}

export function machine(
  loadAtStart: number,
  load: { min: number; mean: number; max: number; samples: number },
): Report['machine'] {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: { start: loadAtStart, ...load },
  };
}

export const f = (value: number): string =>
  !Number.isFinite(value) ? '-' : value >= 100 ? value.toFixed(0) : value.toFixed(2);
export const thousands = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '-';
const ratio = (a: number, b: number | undefined): string =>
  b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(1)}×` : '-';
const errorsOf = (...all: Array<Record<string, number>>): string => {
  const merged: Record<string, number> = {};
  for (const errors of all)
    for (const [code, n] of Object.entries(errors)) merged[code] = (merged[code] ?? 0) + n;
  return Object.entries(merged)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
};

/** The library's better mapping on a question: the lower p50 (and its req/s). */
export function bestLibrary(scenario: ScenarioResult): PeerResult | undefined {
  return scenario.peers
    .filter((peer) => peer.key.startsWith('library'))
    .sort((a, b) => a.latency.p50 - b.latency.p50)[0];
}

/** What a library failure was, in a word, when its only code is INTERNAL_SERVER_ERROR. */
export function failureReason(message: string): string {
  if (/memory\.transaction\.max|MemoryPoolOutOfMemory|allocation of an extra/i.test(message)) {
    return 'past the one-transaction memory limit';
  }
  if (/has not completed within|timed out|TransactionTimedOut/i.test(message)) return 'timed out';
  return '';
}

export function table(report: Report): string {
  const { concurrency } = report.settings;
  const lines = [
    `| Question | System | Cypher queries / request | p50 ms | p99 ms | requests | req/s @${concurrency} | p99 ms @${concurrency} | errors | p50 vs raw Cypher | p50 vs library's best | req/s vs library's best |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const scenario of report.scenarios) {
    const floor = scenario.peers.find((peer) => peer.key === 'cypher');
    const library = bestLibrary(scenario);
    for (const peer of scenario.peers) {
      const { latency: l, throughput: t } = peer;
      const ours = peer.key.startsWith('ours');
      lines.push(
        `| ${scenario.title} | ${peer.label} | ${peer.cypherQueries} | ${f(l.p50)} | ${f(l.p99)} | ${l.requests} | ` +
          `${t.perSecond.toFixed(t.perSecond < 10 ? 1 : 0)} | ${f(t.p99)} | ${errorsOf(l.errors, t.errors)} | ` +
          `${ratio(l.p50, floor?.latency.p50)} | ${ours && library ? ratio(l.p50, library.latency.p50) : '-'} | ` +
          `${ours && library ? ratio(t.perSecond, library.throughput.perSecond) : '-'} |`,
      );
    }
    for (const failed of scenario.failed) {
      lines.push(
        `| ${scenario.title} | ${failed.label} | - | failed: ${failed.error}` +
          `${failureReason(failed.message) ? ` (${failureReason(failed.message)})` : ''} after ${f(failed.ms)} ms | | | | | | | | |`,
      );
    }
  }
  return lines.join('\n');
}

export function profileTable(report: Report): string {
  const lines = [
    '| Question | Statement | Run by | db hits | rows | heaviest operator |',
    '| --- | --- | --- | ---: | ---: | --- |',
  ];
  for (const scenario of report.scenarios) {
    for (const p of scenario.profile) {
      lines.push(
        `| ${scenario.title} | ${p.name} | ${p.systems.join(', ')} | ${p.error ? `failed: ${p.error}` : thousands(p.dbHits)} | ` +
          `${p.rows} | ${p.top ? `${p.top.operator} (${thousands(p.top.dbHits)})` : '-'} |`,
      );
    }
  }
  return lines.join('\n');
}

function graphLines(report: Report): string[] {
  const g = report.graph;
  if (g.kind === 'curated') {
    return [`- Graph: the curated dataset, ${g.entities} entities, ${g.relations} relations`];
  }
  const d = g.degrees;
  return [
    `- Graph: synthetic (bench/synthetic, generator version ${g.generatorVersion}, seed ${g.seed}): ` +
      `${thousands(g.entities)} entities, ${thousands(g.relations)} relations; ` +
      (g.load
        ? `loaded in ${g.load.seconds.toFixed(1)} s (entities ${g.load.entitySeconds.toFixed(1)} s, relations ` +
          `${g.load.relationSeconds.toFixed(1)} s; ${thousands(g.load.sources)} sources, ${thousands(g.load.citations)} citations)`
        : `loaded by an earlier run in ${g.loadSeconds.toFixed(1)} s (kept Neo4j home)`),
    `- Degrees: mean ${d.mean.toFixed(1)}, p50 ${d.p50}, p90 ${d.p90}, p99 ${d.p99}, p99.9 ${d.p999}, largest outside ` +
      `the hubs ${d.maxOutsideHubs}; hubs ${Object.entries(d.hubs)
        .map(([id, n]) => `${id} ${thousands(n)}`)
        .join(
          ', ',
        )}; entities by degree (from 2^k): ${d.histogram.map((h) => `${h.from}: ${h.entities}`).join(', ')}`,
  ];
}

export function markdown(report: Report): string {
  const { machine: m, settings: s, neo4j: n } = report;
  const cypher = report.scenarios.flatMap((scenario) =>
    scenario.peers
      .filter((peer) => peer.key.startsWith('library') && peer.cypher)
      .map(
        (peer) =>
          `<details><summary>${scenario.title}: the Cypher ${peer.label} compiled</summary>\n\n` +
          `\`\`\`cypher\n${(peer.cypher ?? []).join('\n;\n').slice(0, 20_000)}\n\`\`\`\n\n</details>`,
      ),
  );
  const first = report.scenarios.map(
    (scenario) =>
      `- ${scenario.title}: ` +
      scenario.peers.map((peer) => `${peer.label} ${f(peer.firstRequestMs)} ms`).join(', '),
  );
  const notAsked = report.scenarios.flatMap((scenario) =>
    scenario.skipped.map((skip) => `- ${scenario.title}, ${skip.system}: ${skip.reason}.`),
  );
  const errorsSeen = report.scenarios.flatMap((scenario) =>
    scenario.peers.flatMap((peer) =>
      Object.entries({ ...peer.throughput.errorSamples, ...peer.latency.errorSamples }).map(
        ([code, message]) => `- ${scenario.title}, ${peer.label}: ${code}: ${message}`,
      ),
    ),
  );
  const failures = report.scenarios.flatMap((scenario) =>
    scenario.failed.map(
      (x) => `- ${scenario.title}, ${x.label}: ${x.error} after ${f(x.ms)} ms: ${x.message}`,
    ),
  );
  return [
    `# Benchmark results: ${report.size}`,
    '',
    `- Date: ${report.date}; command: \`npm run bench -- --size ${report.size}\`; code: ${report.revision ?? 'not recorded'}`,
    `- Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, ${m.os}; 1-minute load average ` +
      `${m.loadAverage.start.toFixed(2)} at the start, ${m.loadAverage.min.toFixed(2)} to ${m.loadAverage.max.toFixed(2)} ` +
      `(mean ${m.loadAverage.mean.toFixed(2)}) over the run, the benchmark's own load included`,
    `- Node ${m.node}, Neo4j ${n.version} (local; heap ${n.heap}, page cache ${n.pageCache}, ${Object.entries(
      n.memory,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; every system's transactions time out after ${n.transactionTimeoutMs / 1000} s), ` +
      Object.entries(report.libraries)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ...graphLines(report),
    `- Our server: ${report.plannerSwitch ? 'two servers, GRAPHQL_PLANNER=true (planner on) and GRAPHQL_PLANNER=false (planner off)' : 'the configuration has no GRAPHQL_PLANNER switch yet, so "planner on" and "planner off" are the same server'}`,
    `- Warm-up: up to ${s.warmup} rounds of every question to every system (at most ${s.warmupSeconds} s), then up to 10 ` +
      `more per question; latency: up to ${s.requests} sequential requests per question and system (at most ` +
      `${s.sequentialSeconds} s per question), the systems taking turns; throughput: ${s.concurrency} concurrent ` +
      `clients for ${s.seconds} s per question and system`,
    `- Answers checked equal before timing: ${report.scenarios.map((x) => `${x.key} ${x.facts} facts`).join(', ')}`,
    `- Asked about: \`${JSON.stringify(report.targets)}\``,
    '',
    table(report),
    '',
    ...(failures.length ? ['Failures (not timed):', '', ...failures, ''] : []),
    ...(errorsSeen.length
      ? ['Errors while timing (the first message of each code):', '', ...errorsSeen, '']
      : []),
    ...(notAsked.length ? ['Not asked:', '', ...notAsked, ''] : []),
    ...(report.reruns ?? []).map(
      (r) =>
        `Re-run on ${r.date} (\`BENCH_SCENARIOS=${r.questions.join(',')}\`, code ${r.revision ?? 'not recorded'}), 1-minute load average ` +
        `${r.loadAverage.start.toFixed(2)} at its start, mean ${r.loadAverage.mean.toFixed(2)}: ${r.questions.join(', ')}.`,
    ),
    ...(report.reruns?.length ? [''] : []),
    'Load average when each question was timed: ' +
      report.scenarios.map((x) => `${x.key} ${x.loadAverage?.toFixed(2) ?? '-'}`).join(', '),
    '',
    '## PROFILE: db hits of each statement',
    '',
    profileTable(report),
    '',
    'The first request of each system to each question, cold (before any warm-up; Neo4j plans the query):',
    '',
    ...first,
    '',
    ...cypher,
    '',
  ].join('\n');
}

/** Writes the file formatted as the project's Prettier settings want, so `npm run lint` passes on it. */
export async function writeFormatted(file: string, text: string): Promise<void> {
  // Loaded when writing only: the summary's tests need no formatter.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

export async function writeReport(report: Report, dir: string): Promise<{ json: string; md: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${report.size}.json`);
  const md = path.join(dir, `${report.size}.md`);
  await writeFormatted(json, JSON.stringify(report, null, 2));
  await writeFormatted(md, markdown(report));
  return { json, md };
}
