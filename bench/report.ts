import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import type { Latency, Throughput } from './measure';

export interface PeerResult {
  key: string;
  label: string;
  /** The very first request, cold: Neo4j plans the query (and the library checks the Neo4j version). */
  firstRequestMs: number;
  /** Cypher queries one request ran: counted for our server and the library, 1 for raw Cypher. */
  cypherQueries: number;
  latency: Latency;
  throughput: Throughput;
  /** The Cypher the request ran (the library's compiled query; the raw one). */
  cypher?: string[];
}

export interface ScenarioResult {
  key: string;
  title: string;
  /** How many facts (ids, names, dates) the three answers agreed on. */
  facts: number;
  peers: PeerResult[];
  /** Systems not timed on this scenario by default, and why. */
  skipped: Array<{ system: string; reason: string }>;
}

export interface Settings {
  warmup: number;
  requests: number;
  concurrency: number;
  seconds: number;
}

export interface Report {
  date: string;
  machine: {
    cpuModel: string;
    cpus: number;
    memoryGiB: number;
    os: string;
    node: string;
    /**
     * 1-minute load average when the run started (other work on the machine skews timings) and
     * when it ended (which includes the benchmark's own load).
     */
    loadAverage: { start: number; end: number };
  };
  neo4j: string;
  libraries: Record<string, string>;
  settings: Settings;
  scenarios: ScenarioResult[];
}

export function machine(loadAtStart: number): Report['machine'] {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  };
}

const f = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));

export function table(report: Report): string {
  const { concurrency } = report.settings;
  const lines = [
    `| Scenario | System | Cypher queries / request | p50 ms | p95 ms | p99 ms | mean ms | p50 vs raw Cypher | req/s @${concurrency} | p50 ms @${concurrency} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const scenario of report.scenarios) {
    const floor = scenario.peers.find((peer) => peer.key === 'cypher')?.latency.p50;
    for (const peer of scenario.peers) {
      const { latency: l, throughput: t } = peer;
      lines.push(
        `| ${scenario.title} | ${peer.label} | ${peer.cypherQueries} | ${f(l.p50)} | ${f(l.p95)} | ${f(l.p99)} | ` +
          `${f(l.mean)} | ${floor ? `${(l.p50 / floor).toFixed(1)}×` : '-'} | ${t.perSecond.toFixed(0)} | ${f(t.p50)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function markdown(report: Report): string {
  const { machine: m, settings: s } = report;
  const cypher = report.scenarios.flatMap((scenario) =>
    scenario.peers
      .filter((peer) => peer.key.startsWith('library') && peer.cypher)
      .map(
        (peer) =>
          `<details><summary>${scenario.title}: the Cypher ${peer.label} compiled</summary>\n\n` +
          `\`\`\`cypher\n${(peer.cypher ?? []).join('\n;\n')}\n\`\`\`\n\n</details>`,
      ),
  );
  const first = report.scenarios.map(
    (scenario) =>
      `- ${scenario.title}: ` +
      scenario.peers.map((peer) => `${peer.label} ${f(peer.firstRequestMs)} ms`).join(', '),
  );
  const skipped = report.scenarios.flatMap((scenario) =>
    scenario.skipped.map(
      (skip) => `- Not timed: ${scenario.title}, ${skip.system}: ${skip.reason} (BENCH_SLOW=1 times it).`,
    ),
  );
  return [
    '# Benchmark results',
    '',
    `- Date: ${report.date}`,
    `- Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, ${m.os}; 1-minute load average ` +
      `${m.loadAverage.start.toFixed(2)} at the start, ${m.loadAverage.end.toFixed(2)} at the end`,
    `- Node ${m.node}, Neo4j ${report.neo4j}, ${Object.entries(report.libraries)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `- Warm-up: ${s.warmup} rounds of every question to every system, then ${Math.min(10, s.warmup)} more ` +
      `per question; latency: ${s.requests} sequential requests per question and system, the systems ` +
      `taking turns; throughput: ${s.concurrency} concurrent clients for ${s.seconds} s per question and system`,
    `- Answers checked equal before timing: ${report.scenarios.map((x) => `${x.key} ${x.facts} facts`).join(', ')}`,
    '',
    table(report),
    '',
    ...skipped,
    ...(skipped.length ? [''] : []),
    'The first request of each system to each question, cold (before any warm-up; Neo4j plans the query):',
    '',
    ...first,
    '',
    ...cypher,
    '',
  ].join('\n');
}

/** Writes the file formatted as the project's Prettier settings want, so `npm run lint` passes on it. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

export async function writeReport(report: Report, dir: string): Promise<{ json: string; md: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  await writeFormatted(json, JSON.stringify(report, null, 2));
  await writeFormatted(md, markdown(report));
  return { json, md };
}
