import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { throughput, warmUp } from './measure';
import { post, type Neo4jAccess } from './peers';
import { writeFormatted } from './report';
import type { Resources } from './resources';
import { buildScenarios, type GraphQLRequest, type Scenario } from './scenarios';
import { log, options, PASSWORD, prepareGraph, runMain } from './setup';

/**
 * `npm run bench:cpu -- --size 10k`: where each millisecond of a request goes, ours against the
 * Neo4j GraphQL Library's. Each server runs alone in a child process (bench/serve.ts) against the
 * same Neo4j; the parent sends 16 clients' load of one question, and the child profiles itself
 * (V8's sampling profiler) for the measured seconds. The profile's samples are put in categories
 * by the code on their stack, and the process's CPU time is shared out by them: milliseconds of
 * Node CPU per request, per category. Neo4j's CPU time over the same seconds, per request, is
 * read from /proc. Questions: BENCH_SCENARIOS (default: entity, organisation).
 */

const CATEGORIES = [
  'parse + validate + limits',
  'plan (compile Cypher)',
  'Neo4j driver',
  'resolve (execution, resolvers, decoding)',
  'serialise',
  'Apollo Server',
  'HTTP',
  'garbage collection',
  'other',
] as const;
type Category = (typeof CATEGORIES)[number];

interface Frame {
  functionName: string;
  url: string;
}

/**
 * A sample's category: the first of these, in this order, that some frame of its stack belongs
 * to. The driver before everything it is called from (a socket write under the driver is the
 * driver's); parsing, validation and limits before Apollo, which calls them; the planner (ours)
 * or the translation (the library's) before the resolvers; JSON before Apollo.
 */
const RULES: Array<[Category, (frame: Frame) => boolean]> = [
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['Neo4j driver', (f) => f.url.includes('neo4j-driver')],
  [
    'parse + validate + limits',
    (f) =>
      /graphql\/(language|validation)\/|graphql-armor|graphql-query-complexity|\/http\/apollo\/(limits|introspection)|\/graphql\/cost|\/auth\/roles/.test(
        f.url,
      ),
  ],
  ['plan (compile Cypher)', (f) => /\/graph\/planner\/|@neo4j\/graphql\/|@neo4j\/cypher-builder/.test(f.url)],
  ['serialise', (f) => f.functionName === 'stringify' || f.functionName === 'prettyJSONStringify'],
  [
    'resolve (execution, resolvers, decoding)',
    (f) =>
      /graphql\/(execution|type|jsutils)\/|type-graphql|dataloader|\/src\//.test(f.url) &&
      !/\/src\/http\//.test(f.url),
  ],
  ['Apollo Server', (f) => f.url.includes('@apollo/')],
  ['HTTP', (f) => f.url.startsWith('node:') || /\/src\/http\//.test(f.url)],
];

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: Frame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** The share of the profile's busy samples (idle left out) in each category. */
export function categorise(profile: CpuProfile): Record<Category, number> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const memo = new Map<number, Category | null>();
  const categoryOf = (id: number): Category | null => {
    if (memo.has(id)) return memo.get(id)!;
    const stack: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      stack.push(byId.get(at)!.callFrame);
    if (stack[0].functionName === '(idle)') {
      memo.set(id, null);
      return null;
    }
    const found = RULES.find(([, test]) => stack.some(test))?.[0] ?? 'other';
    memo.set(id, found);
    return found;
  };
  const time = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const category = categoryOf(id);
    if (!category) return;
    const delta = profile.timeDeltas[i] ?? 0;
    time[category] += delta;
    busy += delta;
  });
  for (const category of CATEGORIES) time[category] = busy === 0 ? 0 : time[category] / busy;
  return time;
}

/** CPU seconds a process has used (user and system), from /proc. */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Server {
  url: string;
  child: ChildProcess;
  ask(message: object, answer: string): Promise<Record<string, unknown>>;
}

function startServer(system: 'ours' | 'library', neo: Neo4jAccess): Promise<Server> {
  const child = fork(path.join(projectRoot, 'dist', 'bench', 'serve.js'), [system, neo.uri, neo.password], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message: object, answer: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const listener = (reply: Record<string, unknown>) => {
        if (reply.kind !== answer) return;
        child.off('message', listener);
        resolve(reply);
      };
      child.on('message', listener);
      child.once('exit', (code) => reject(new Error(`the ${system} server exited (${code})`)));
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the ${system} server exited (${code}) before it was ready`)),
    );
    child.on('message', (message: { kind: string; url?: string }) => {
      if (message.kind === 'ready') resolve({ url: message.url!, child, ask });
    });
  });
}

interface Measured {
  system: 'ours' | 'library';
  requests: number;
  perSecond: number;
  p50: number;
  nodeCpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
  shares: Record<Category, number>;
}

/** The library's faster mapping where it has two: its generic type for the generic questions. */
function libraryRequest(scenario: Scenario): GraphQLRequest {
  const request = scenario.library.generic ?? scenario.library.typed;
  if (!request) throw new Error(`${scenario.title}: the library is not asked it`);
  return request;
}

async function measure(
  system: 'ours' | 'library',
  server: Server,
  scenario: Scenario,
  neo4jPid: number,
  seconds: number,
): Promise<Measured> {
  const request = system === 'ours' ? scenario.ours : libraryRequest(scenario);
  const call = () => post(server.url, request);
  await warmUp([call], 200, 5);
  await throughput(call, 16, 3);
  const file = path.join(os.tmpdir(), `oic-kg-cpu-${system}-${scenario.key}.cpuprofile`);
  await server.ask({ kind: 'start' }, 'started');
  const neo4jBefore = processCpuMs(neo4jPid);
  const load = await throughput(call, 16, seconds);
  const neo4jMs = processCpuMs(neo4jPid) - neo4jBefore;
  const { cpuMs } = (await server.ask({ kind: 'stop', profile: file }, 'stopped')) as { cpuMs: number };
  const shares = categorise(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
  log(`  ${system}: profile in ${file}`);
  return {
    system,
    requests: load.requests,
    perSecond: load.perSecond,
    p50: load.p50,
    nodeCpuMsPerRequest: cpuMs / load.requests,
    neo4jCpuMsPerRequest: neo4jMs / load.requests,
    shares,
  };
}

function markdown(
  size: string,
  revision: string,
  results: Array<{ scenario: string; measured: Measured[] }>,
): string {
  const lines = [
    `# CPU per request, ${size}`,
    '',
    `Measured by \`npm run bench:cpu -- --size ${size}\` on ${revision}, ${new Date().toISOString().slice(0, 16)} UTC, ` +
      `1-minute load average ${os.loadavg()[0].toFixed(1)} at the end. Each server alone in its process, ` +
      '16 clients; milliseconds of CPU per request (Node: the server process; its share per category from ' +
      'its own CPU profile).',
    '',
  ];
  for (const { scenario, measured } of results) {
    const [ours, library] = measured;
    const row = (name: string, of: (m: Measured) => number, digits = 2) =>
      `| ${name} | ${measured.map((m) => of(m).toFixed(digits)).join(' | ')} |`;
    lines.push(
      `## ${scenario}`,
      '',
      `| | ${measured.map((m) => m.system).join(' | ')} |`,
      '| --- | --: | --: |',
    );
    lines.push(row('requests per second at 16 clients', (m) => m.perSecond, 0));
    lines.push(row('p50 under that load, ms', (m) => m.p50, 1));
    lines.push(row('Node CPU per request, ms', (m) => m.nodeCpuMsPerRequest));
    for (const category of CATEGORIES) {
      lines.push(row(`&nbsp;&nbsp;${category}`, (m) => m.shares[category] * m.nodeCpuMsPerRequest));
    }
    lines.push(row('Neo4j CPU per request, ms', (m) => m.neo4jCpuMsPerRequest));
    if (ours && library) {
      lines.push(
        '',
        `Node CPU, ours against the library's: ${(ours.nodeCpuMsPerRequest / library.nodeCpuMsPerRequest).toFixed(2)}×; ` +
          `Node and Neo4j together: ${((ours.nodeCpuMsPerRequest + ours.neo4jCpuMsPerRequest) / (library.nodeCpuMsPerRequest + library.neo4jCpuMsPerRequest)).toFixed(2)}×.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(resources: Resources): Promise<void> {
  const config = options(process.argv.slice(2));
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const { neo4j, targets } = await prepareGraph(config, resources);
  const neo: Neo4jAccess = { uri: neo4j.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j' };
  const only = config.only ?? ['entity', 'organisation'];
  const scenarios = buildScenarios(targets).filter(
    (s) => only.includes(s.key) && (s.library.typed ?? s.library.generic) !== undefined,
  );
  const servers = {
    ours: await startServer('ours', neo),
    library: await startServer('library', neo),
  };
  for (const server of Object.values(servers)) {
    resources.add('a server', async () => void server.child.send({ kind: 'exit' }));
  }
  // Neo4j's JIT compiles the statements of the first questions asked: warm every question on both
  // servers first, so that the first measured does not pay for it.
  log('warming up every question on both servers');
  for (const scenario of scenarios) {
    for (const system of ['ours', 'library'] as const) {
      const request = system === 'ours' ? scenario.ours : libraryRequest(scenario);
      await throughput(() => post(servers[system].url, request), 16, 4);
    }
  }
  const results: Array<{ scenario: string; measured: Measured[] }> = [];
  for (const scenario of scenarios) {
    log(`measuring ${scenario.title}`);
    const measured: Measured[] = [];
    for (const system of ['ours', 'library'] as const) {
      measured.push(await measure(system, servers[system], scenario, neo4j.pid!, seconds));
      log(
        `  ${system}: ${measured.at(-1)!.perSecond.toFixed(0)} req/s, ${measured.at(-1)!.nodeCpuMsPerRequest.toFixed(2)} ms Node CPU ` +
          `and ${measured.at(-1)!.neo4jCpuMsPerRequest.toFixed(2)} ms Neo4j CPU per request`,
      );
    }
    results.push({ scenario: scenario.title, measured });
  }
  const revision = process.env.BENCH_REVISION ?? 'the working tree';
  const text = markdown(config.size, revision, results);
  const dir = path.join(projectRoot, 'bench', 'results');
  await writeFormatted(path.join(dir, `cpu-${config.size}.md`), text);
  await writeFormatted(path.join(dir, `cpu-${config.size}.json`), JSON.stringify(results, null, 2));
  process.stdout.write(`${text}\n`);
}

runMain(main);
