import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/paths';
import { cpuMs, type PhaseResult, type PhaseSpec, type Template } from './attacker';

/**
 * The soak tier's harness: the built server as a child process in production mode, an attack
 * phase run by attacker.ts in a process of its own, and what the server did meanwhile, read
 * from outside as an operator would: its RSS (/proc/<pid>/status), its CPU and Neo4j's
 * (/proc/<pid>/stat), Neo4j's heap (JMX, through a driver of its own), /health/live, a normal
 * read by a client with its own API key, and the bytes of its log.
 *
 * SOAK_SERVER_ROOT names another checkout to run (its dist/, built by the tier's setup): the
 * same attacks against the code before the fixes give the "before" figures. SOAK_FIGURES names
 * a file each phase appends its figures to, one JSON object a line (table.ts makes the table).
 */
export const SERVER_ROOT = process.env.SOAK_SERVER_ROOT ?? projectRoot;

/** The normal reader's key: its own client for the rate limit, as an analyst's tool would be. */
const READER_KEY = 'soak-reader-key-0123456789abcdef';
const READER_KEYS = `soak-reader:reader:${createHash('sha256').update(READER_KEY).digest('hex')}`;

/** An ordinary analyst's read: an entity, its names and a page of its relations. */
const NORMAL_READ = JSON.stringify({
  query:
    'query NormalRead { entity(id: "oic") { id kind name(lang: EN) relations(first: 10) { nodes { type other { id name(lang: EN) } } } } }',
});

/** What the server wrote to stdout: counted as it arrives, never kept (a line may be 900 KB). */
export interface LogStats {
  bytes: number;
  lines: number;
  longestLine: number;
  /** Lines at level error (50) or above. */
  errorLines: number;
  samples: string[];
}

export interface SoakServer {
  pid: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The inspector's WebSocket URL (heapAfterGc). */
  inspector: string;
  log: LogStats;
  /** The exit code once the process has exited, else undefined. */
  exitCode(): number | null | undefined;
  stop(): Promise<void>;
}

function neo4jEnv(): Record<string, string> {
  const { SOAK_NEO4J_URI, NEO4J_PASSWORD } = process.env;
  if (!SOAK_NEO4J_URI || !NEO4J_PASSWORD) throw new Error('the soak setup (setup/soak-setup.ts) did not run');
  return { NEO4J_URI: SOAK_NEO4J_URI, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD, NEO4J_DATABASE: 'neo4j' };
}

/**
 * The built server, in production mode with the rate limit at its production default, on a free
 * port of 127.0.0.1, over the tier's Neo4j (loaded with the server's own dataset on its first
 * start). Resolves once it serves.
 */
export async function startSoakServer(env: Record<string, string> = {}): Promise<SoakServer> {
  // The inspector, on a free port of 127.0.0.1, only for heapAfterGc(): idle during the attacks.
  const args = ['--inspect=127.0.0.1:0', path.join(SERVER_ROOT, 'dist', 'src', 'main.js')];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      API_KEYS: READER_KEYS,
      ...neo4jEnv(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: LogStats = { bytes: 0, lines: 0, longestLine: 0, errorLines: 0, samples: [] };
  let exit: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve)).then((code) => {
    exit = code;
    return code;
  });
  let url: string | undefined;
  let partial = 0;
  let head = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    log.bytes += chunk.length;
    let from = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
      const length = partial + at - from;
      if (head.length < 65_536) head += chunk.toString('utf8', from, Math.min(at, from + 65_536));
      log.lines += 1;
      log.longestLine = Math.max(log.longestLine, length);
      if (/"level":(5|6)0/.test(head.slice(0, 200))) {
        log.errorLines += 1;
        if (log.samples.length < 10) log.samples.push(head.slice(0, 500));
      }
      if (url === undefined && head.length < 65_536) {
        try {
          const line = JSON.parse(head) as { url?: unknown };
          if (typeof line.url === 'string') url = line.url;
        } catch {
          // Not JSON: counted, not read.
        }
      }
      head = '';
      partial = 0;
      from = at + 1;
    }
    partial += chunk.length - from;
    if (head.length < 65_536) head += chunk.toString('utf8', from, Math.min(chunk.length, from + 65_536));
  });
  const stderr: string[] = [];
  let inspector: string | undefined;
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    inspector ??= /Debugger listening on (ws:\/\/\S+)/.exec(chunk.toString())?.[1];
  });
  const started = Date.now();
  while (url === undefined || inspector === undefined) {
    if (exit !== undefined || Date.now() - started > 300_000) {
      throw new Error(`the server did not start (exit ${exit}): ${stderr.join('').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid!,
    origin: new URL(url).origin,
    inspector,
    log,
    exitCode: () => exit,
    async stop() {
      if (exit !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The server's V8 heap in MB after full collections, asked through its inspector
 * (HeapProfiler.collectGarbage, then Runtime.getHeapUsage): what it keeps, caches included,
 * without the garbage an attack leaves that RSS still counts. Twice, half a second apart: the
 * first collection's sweeping runs on after it returns.
 */
export async function heapAfterGcMb(server: SoakServer): Promise<number> {
  const socket = new WebSocket(server.inspector);
  const answers = new Map<number, (result: Record<string, number>) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) answers.get(message.id)?.(message.result ?? {});
  };
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error(`cannot reach the inspector at ${server.inspector}`));
  });
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      answers.set(++id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    socket.close();
  }
}

/** Resident memory of a process in MB (VmRSS), 0 once it is gone. */
export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** A GET or POST on its own keep-alive agent; resolves with the status and the time it took. */
function timed(
  agent: http.Agent,
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(url, { method: options.method ?? 'GET', agent, headers: options.headers });
    request.setTimeout(60_000, () => request.destroy(new Error('no answer within 60 s')));
    request.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
      );
    });
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(options.body);
  });
}

/** One normal read by the reader's client. */
function normalRead(agent: http.Agent, server: SoakServer) {
  return timed(agent, `${server.origin}/graphql`, {
    method: 'POST',
    body: NORMAL_READ,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${READER_KEY}` },
  });
}

/** A GraphQL request as the reader's client, for what a suite must ask the server before attacking it. */
export async function askAsReader(
  server: SoakServer,
  query: string,
): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${READER_KEY}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** The normal read's median on the quiet server, after a few to warm it up. */
async function quietReadMs(server: SoakServer, reads = 30): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < reads + 10; i++) {
    const { status, ms } = await normalRead(agent, server);
    if (status !== 200) throw new Error(`the normal read answered ${status} on the quiet server`);
    if (i >= 10) times.push(ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  agent.destroy();
  return quantile(times, 0.5);
}

/** Neo4j's heap, used and max in MB, through a driver of the test's own. */
async function neo4jHeap(driver: Driver): Promise<{ usedMb: number; maxMb: number } | null> {
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      {},
      { database: 'neo4j' },
    );
    const heap = records[0]?.get('heap') as { used: unknown; max: unknown } | undefined;
    if (!heap) return null;
    return { usedMb: Number(heap.used) / 2 ** 20, maxMb: Number(heap.max) / 2 ** 20 };
  } catch {
    return null;
  }
}

export interface Attack {
  /** The finding of issue 19 it repeats, in a few words. */
  attack: string;
  /** This phase's requests, in a few words. */
  phase: string;
  clients: number;
  /** Requests a second, all clients together, at most (attacker.ts). */
  perSecond: number;
  requests: number;
  maxMs: number;
  templates: Template[];
}

/** What a phase did to the server, as the before/after table reports it. */
export interface Figures {
  attack: string;
  phase: string;
  server: string;
  clients: number;
  perSecond: number;
  sent: number;
  answered: number;
  /** Answered 429 (the per-client rate limit). */
  throttled: number;
  byStatus: Record<string, number>;
  /** The statuses each template was answered with, in the templates' order. */
  byTemplate: Array<Record<string, number>>;
  codes: Record<string, number>;
  failures: number;
  failureSamples: string[];
  seconds: number;
  /** Requests sent a second, as the pace and the answers allowed. */
  achievedPerSecond: number;
  /** Every answer of 500 or above: the attack's, the reader's, /health/live's. */
  serverErrors: number;
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
  /** The V8 heap after a full collection, before and after the phase: what the server keeps. */
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Server CPU over the phase divided by the attack's answered requests (429s left out). */
  cpuMsPerRequest: number;
  /** The costliest template's server CPU a request, sent alone one at a time (attacker.ts's probe). */
  cpuMsPerRequestMax: number;
  cpuMsByTemplate: number[];
  neo4jCpuMsPerRequest: number;
  neo4jHeapPeakMb: number;
  neo4jHeapMaxMb: number;
  neo4jHeapPeakPercent: number;
  /** The longest /health/live took, probed every 100 ms. */
  liveMaxMs: number;
  liveFailures: number;
  readQuietP50Ms: number;
  readP50Ms: number;
  readP99Ms: number;
  reads: number;
  logMBPerSecond: number;
  logBytesPerRequest: number;
  longestLogLine: number;
  errorLogLines: number;
  exited: boolean;
}

/**
 * Runs one attack phase against the server and measures it: RSS every 100 ms, Neo4j's heap
 * every 500 ms, /health/live every 100 ms (one at a time: a stalled server shows as one long
 * probe), the normal read every 100 ms, CPU and log bytes before and after.
 */
export async function runAttack(server: SoakServer, attack: Attack): Promise<Figures> {
  // Measured just before: the machine is shared, and its quiet changes by the minute.
  const readQuietP50Ms = await quietReadMs(server);
  const neo4jPid = process.env.SOAK_NEO4J_PID ? Number(process.env.SOAK_NEO4J_PID) : undefined;
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD } = neo4jEnv();
  const driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USERNAME, NEO4J_PASSWORD));
  const heapBeforeMb = await heapAfterGcMb(server);
  const rssStartMb = rssMb(server.pid);
  // The last CPU each process was seen to have used: a server that dies keeps what it used.
  const cpu = { server: cpuMs(server.pid), neo4j: neo4jPid === undefined ? NaN : cpuMs(neo4jPid) };
  const cpuStart = { ...cpu };
  const sampleCpu = () => {
    const now = { server: cpuMs(server.pid), neo4j: neo4jPid === undefined ? NaN : cpuMs(neo4jPid) };
    if (Number.isFinite(now.server)) cpu.server = now.server;
    if (Number.isFinite(now.neo4j)) cpu.neo4j = now.neo4j;
  };
  const logStart = server.log.bytes;
  let running = true;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const loop = async (every: number, body: () => Promise<void> | void) => {
    while (running) {
      await body();
      await sleep(every);
    }
  };

  let rssPeakMb = rssStartMb;
  const heap = { peakMb: 0, maxMb: 0 };
  const live = { maxMs: 0, failures: 0, serverErrors: 0 };
  const reads: number[] = [];
  let readServerErrors = 0;
  const liveAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samplers = [
    loop(100, () => {
      rssPeakMb = Math.max(rssPeakMb, rssMb(server.pid));
      sampleCpu();
    }),
    loop(500, async () => {
      const now = await neo4jHeap(driver);
      if (now) Object.assign(heap, { peakMb: Math.max(heap.peakMb, now.usedMb), maxMb: now.maxMb });
    }),
    loop(100, async () => {
      const { status, ms } = await timed(liveAgent, `${server.origin}/health/live`);
      live.maxMs = Math.max(live.maxMs, ms);
      if (status !== 200) live.failures += 1;
      if (status >= 500) live.serverErrors += 1;
    }),
    loop(100, async () => {
      const { status, ms } = await normalRead(readAgent, server);
      if (status >= 500) readServerErrors += 1;
      if (status === 200) reads.push(ms);
    }),
  ];

  const started = Date.now();
  let result: PhaseResult;
  let seconds: number, logBytes: number, rssEndMb: number;
  try {
    result = await attackFrom(server, {
      url: server.origin,
      clients: attack.clients,
      perSecond: attack.perSecond,
      requests: attack.requests,
      maxMs: attack.maxMs,
      templates: attack.templates,
      probe: { pid: server.pid, templates: PROBED_TEMPLATES, each: PROBE_EACH },
    });
    seconds = (Date.now() - started) / 1000;
    sampleCpu();
    logBytes = server.log.bytes - logStart;
    rssEndMb = rssMb(server.pid);
  } finally {
    running = false;
    await Promise.all(samplers);
    liveAgent.destroy();
    readAgent.destroy();
    await driver.close();
  }

  const heapAfterMb = server.exitCode() === undefined ? await heapAfterGcMb(server) : NaN;
  const throttled = result.byStatus['429'] ?? 0;
  const served = Math.max(1, result.answered - throttled);
  const attackServerErrors = Object.entries(result.byStatus)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  const figures: Figures = {
    attack: attack.attack,
    phase: attack.phase,
    server: path.basename(SERVER_ROOT),
    clients: attack.clients,
    perSecond: attack.perSecond,
    sent: result.sent,
    answered: result.answered,
    throttled,
    byStatus: result.byStatus,
    byTemplate: result.byTemplate,
    codes: result.codes,
    failures: result.failures,
    failureSamples: result.samples,
    seconds,
    achievedPerSecond: result.sent / seconds,
    serverErrors: attackServerErrors + result.probeServerErrors + readServerErrors + live.serverErrors,
    rssStartMb,
    rssPeakMb,
    rssEndMb,
    heapBeforeMb,
    heapAfterMb,
    cpuMsPerRequest: ((result.cpuMsAtPhaseEnd || cpu.server) - cpuStart.server) / served,
    cpuMsPerRequestMax: Math.max(...(result.cpuMsByTemplate ?? [NaN])),
    cpuMsByTemplate: result.cpuMsByTemplate ?? [],
    neo4jCpuMsPerRequest: (cpu.neo4j - cpuStart.neo4j) / served,
    neo4jHeapPeakMb: heap.peakMb,
    neo4jHeapMaxMb: heap.maxMb,
    neo4jHeapPeakPercent: heap.maxMb > 0 ? (100 * heap.peakMb) / heap.maxMb : NaN,
    liveMaxMs: live.maxMs,
    liveFailures: live.failures,
    readQuietP50Ms,
    readP50Ms: quantile(reads, 0.5),
    readP99Ms: quantile(reads, 0.99),
    reads: reads.length,
    logMBPerSecond: logBytes / 2 ** 20 / seconds,
    logBytesPerRequest: logBytes / Math.max(1, result.answered),
    longestLogLine: server.log.longestLine,
    errorLogLines: server.log.errorLines,
    exited: server.exitCode() !== undefined,
  };
  report(figures);
  return figures;
}

/** After each phase, the server's CPU for each of its first 6 templates, 5 requests of each alone. */
const PROBED_TEMPLATES = 6;
const PROBE_EACH = 5;

/** Runs the phase in attacker.ts's process; a server that exits meanwhile ends it. */
function attackFrom(server: SoakServer, spec: PhaseSpec): Promise<PhaseResult> {
  const attacker = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      // Type stripping is experimental on Node 22, and the file is an ES module in a CommonJS package.
      '--disable-warning=ExperimentalWarning',
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      path.join(__dirname, 'attacker.ts'),
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  return new Promise<PhaseResult>((resolve, reject) => {
    const watch = setInterval(() => {
      if (server.exitCode() !== undefined && attacker.connected) attacker.send({ stop: true });
    }, 200);
    attacker.once('message', (result) => {
      clearInterval(watch);
      resolve(result as PhaseResult);
    });
    attacker.once('exit', (code) => {
      clearInterval(watch);
      reject(new Error(`the attacking process exited (${code}) without a result`));
    });
    attacker.send(spec);
  });
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : value);

function report(figures: Figures): void {
  const line = Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value]),
  );
  process.stderr.write(`soak figures: ${JSON.stringify(line)}\n`);
  if (process.env.SOAK_FIGURES) fs.appendFileSync(process.env.SOAK_FIGURES, `${JSON.stringify(line)}\n`);
}

/**
 * The ceilings of memory, generous on a machine of two shared cores, yet each a fraction of the
 * blow-up it guards against (before the fixes: +1.3 GB of RSS in 3,000 requests, 1.16 GB with
 * introspection, then the 4 GB heap and an exit).
 */
export const CEILINGS = {
  /** The server's RSS at its peak: it starts at 100–150 MB; an attack's garbage adds a few hundred. */
  rssMb: 1_024,
  /**
   * The V8 heap after full collections once a phase is over: what the server keeps. Its bounded
   * caches at their fullest: Apollo's parsed documents (30 MiB, counted as their JSON, about
   * 120 MB of heap), 2,000 plans, 16 introspection answers.
   */
  heapKeptMb: 256,
};

/**
 * The ceilings: nothing exits or answers 5xx, /health/live within 1 s, the normal read's
 * median within 3x its quiet value, under 100 ms of server CPU a request, Neo4j's heap under
 * 80%, log lines capped, and the memory ceilings above. `latency: false` leaves out the two
 * times, for a control run in a configuration no one serves (the planner off).
 */
export function expectHeld(figures: Figures, { latency = true } = {}, ceilings = CEILINGS): void {
  expect({
    exited: figures.exited,
    serverErrors: figures.serverErrors,
    liveFailures: figures.liveFailures,
  }).toEqual({ exited: false, serverErrors: 0, liveFailures: 0 });
  if (latency) {
    expect(figures.liveMaxMs).toBeLessThan(1_000);
    expect(figures.readP50Ms).toBeLessThanOrEqual(3 * figures.readQuietP50Ms);
  }
  expect(figures.cpuMsPerRequest).toBeLessThan(100);
  expect(figures.cpuMsPerRequestMax).toBeLessThan(100);
  expect(figures.neo4jHeapPeakPercent).toBeLessThan(80);
  expect(figures.rssPeakMb).toBeLessThan(ceilings.rssMb);
  expect(figures.heapAfterMb).toBeLessThan(ceilings.heapKeptMb);
  // Strings are capped at 512 characters, stacks at 4,096: a line is a few of them.
  expect(figures.longestLogLine).toBeLessThan(16_384);
  expect(figures.logBytesPerRequest).toBeLessThan(2_048);
}

/**
 * A suite's server, started before its tests and stopped after them; started again before a test
 * when an attack has taken it down (the code before the fixes), so that every phase is measured.
 */
export function soakServer(env: Record<string, string> = {}): () => SoakServer {
  let server: SoakServer | undefined;
  beforeAll(async () => {
    server = await startSoakServer(env);
  }, 600_000);
  beforeEach(async () => {
    if (server?.exitCode() !== undefined) {
      process.stderr.write(`soak: the server exited (${server?.exitCode()}); starting it again\n`);
      server = await startSoakServer(env);
    }
  }, 600_000);
  afterAll(() => server?.stop());
  return () => server!;
}

/**
 * A test that runs one attack phase, checks what it expects of the answers, and holds the server
 * to every ceiling. `known` marks a finding not fixed yet: `it.failing`, so the tier stays green
 * while it stands and fails the day it is fixed, to be made an ordinary test. `control` marks a
 * run that only measures a baseline (see expectHeld).
 */
export function itHolds(
  title: string,
  server: () => SoakServer,
  attack: Attack,
  check: (figures: Figures) => void = () => undefined,
  options: { known?: boolean; control?: boolean } = {},
): void {
  (options.known ? it.failing : it)(
    title,
    async () => {
      const figures = await runAttack(server(), attack);
      check(figures);
      expectHeld(figures, { latency: !options.control });
    },
    600_000,
  );
}
