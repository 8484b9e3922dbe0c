/**
 * The soak's attacking clients, in a process of their own (started by harness.ts with Node's type
 * stripping, so it imports nothing but Node's modules): building and sending thousands of hostile
 * requests takes CPU, and the test process, which times /health/live and the normal reads, must
 * not wait behind it.
 *
 * It receives one phase (process.send from the parent), runs its clients until they have sent
 * `requests` requests or `maxMs` has passed, and sends back what they saw. Each client sends its
 * next request when the last one is answered and the phase's pace allows (`perSecond`, all
 * clients together), on one keep-alive connection, from an address of its own (127.0.0.2,
 * 127.0.0.3, …): several machines, each under the per-client rate limit, as a distributed
 * attacker would be. Paced, because a flood as fast as answers come saturates two cores with
 * any server, and the tier measures what each request costs the others, not queueing.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** Replaced in every request by a value no other request of the run carries. */
export const UNIQUE = '~UNIQUE~';

export type Template =
  | { kind: 'http'; method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
  /** Bytes written on a fresh connection; `closeAfterMs` cuts it (an aborted upload). */
  | { kind: 'raw'; bytes: string; closeAfterMs?: number };

export interface PhaseSpec {
  url: string;
  clients: number;
  requests: number;
  maxMs: number;
  /** Requests a second, all clients together, at most. */
  perSecond: number;
  /** Request templates, sent in turn (request i takes template i modulo their number). */
  templates: Template[];
  /**
   * After the phase, the server's CPU for each of the first `templates` templates alone: `each`
   * requests of it, one at a time from one client, the CPU of process `pid` over them divided
   * by `each`. What one request of that shape costs, which the phase's mean would hide when
   * one costly shape is sent among cheap ones.
   */
  probe?: { pid: number; templates: number; each: number };
}

export interface PhaseResult {
  sent: number;
  /** Exchanges that ended with a status line. */
  answered: number;
  byStatus: Record<string, number>;
  /** The statuses each template was answered with, in the templates' order. */
  byTemplate: Array<Record<string, number>>;
  /** The first error's extensions.code of JSON answers, counted. */
  codes: Record<string, number>;
  /** Connections refused or reset before an answer. */
  failures: number;
  samples: string[];
  elapsedMs: number;
  bytesSent: number;
  bytesReceived: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** The probe's server CPU a request, ms, for each template probed (see PhaseSpec.probe). */
  cpuMsByTemplate?: number[];
  /** Answers of 500 or above to the probe's requests (counted nowhere else). */
  probeServerErrors: number;
  /** The probed process's CPU when the phase was over and the probe began. */
  cpuMsAtPhaseEnd?: number;
}

/** Longer than any bound the server sets itself (11 s): a request past it is counted as failed. */
const ANSWER_WITHIN_MS = 60_000;

/** CPU a process has used, user and system, in ms (/proc/<pid>/stat utime + stime); NaN once gone. */
export function cpuMs(pid: number): number {
  try {
    // The command name, in parentheses, may hold spaces: count fields after it.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The probe of PhaseSpec: one client, one request at a time, numbers no request of the phase had. */
async function probe(
  spec: NonNullable<PhaseSpec['probe']>,
  count: number,
  send: (number: number, agent: http.Agent, localAddress: string) => Promise<void>,
): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  // An address no client of the phase had: a bucket of the rate limit of its own.
  const localAddress = '127.0.1.2';
  const costs: number[] = [];
  for (let template = 0; template < Math.min(count, spec.templates); template++) {
    const before = cpuMs(spec.pid);
    for (let k = 0; k < spec.each && !stopped; k++) {
      await send((1_000_000 + k) * count + template, agent, localAddress);
    }
    costs.push((cpuMs(spec.pid) - before) / spec.each);
  }
  agent.destroy();
  return costs;
}

/** A template as byte pieces around each UNIQUE, so that a request of 900 KB is a memcpy. */
interface Prepared {
  template: Template;
  path: string[];
  body: Buffer[];
}

function prepare(template: Template): Prepared {
  const text = template.kind === 'http' ? (template.body ?? '') : template.bytes;
  return {
    template,
    path: template.kind === 'http' ? template.path.split(UNIQUE) : [],
    body: text.split(UNIQUE).map((piece) => Buffer.from(piece)),
  };
}

function fill(pieces: Buffer[], unique: Buffer): Buffer {
  if (pieces.length === 1) return pieces[0];
  const parts: Buffer[] = [pieces[0]];
  for (const piece of pieces.slice(1)) parts.push(unique, piece);
  return Buffer.concat(parts);
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Set when the parent says stop (its server has exited): the clients report what they saw. */
let stopped = false;

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const target = new URL(spec.url);
  const port = Number(target.port);
  const prepared = spec.templates.map(prepare);
  const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const result: PhaseResult = {
    sent: 0,
    answered: 0,
    byStatus: {},
    byTemplate: spec.templates.map(() => ({})),
    codes: {},
    failures: 0,
    samples: [],
    elapsedMs: 0,
    bytesSent: 0,
    bytesReceived: 0,
    latencyMs: { p50: 0, p99: 0, max: 0 },
    probeServerErrors: 0,
  };
  const latencies: number[] = [];
  const started = Date.now();
  const more = () => !stopped && result.sent < spec.requests && Date.now() - started < spec.maxMs;
  const sample = (text: string) => {
    if (result.samples.length < 10) result.samples.push(text.slice(0, 300));
  };
  // The probe's answers are its own: the phase's counts are the phase's requests.
  let probing = false;
  const answered = (template: number, status: number, text: string) => {
    if (status >= 500) sample(`${status} ${text}`);
    if (probing) {
      if (status >= 500) result.probeServerErrors += 1;
      return;
    }
    result.answered += 1;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
    const statuses = result.byTemplate[template];
    statuses[status] = (statuses[status] ?? 0) + 1;
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
    if (code) result.codes[code] = (result.codes[code] ?? 0) + 1;
  };

  /** Sends request `number` (template `number` modulo their count); resolves once it is over. */
  const send = async (number: number, agent: http.Agent, localAddress: string) => {
    const index = number % prepared.length;
    const { template, path, body } = prepared[index];
    const unique = Buffer.from(`${run}x${number}`);
    const bytes = fill(body, unique);
    result.bytesSent += bytes.length;
    if (template.kind === 'http') {
      await new Promise<void>((resolve) => {
        const request = http.request({
          host: target.hostname,
          port,
          method: template.method,
          path: path.join(unique.toString()),
          headers: {
            ...(template.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...template.headers,
          },
          agent,
          localAddress,
        });
        // A server that stalls (or dies without closing) ends the request, counted as a failure.
        request.setTimeout(ANSWER_WITHIN_MS, () => request.destroy(new Error('no answer in time')));
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            result.bytesReceived += chunk.length;
            if (text.length < 65_536) text += chunk.toString();
          });
          response.on('end', () => {
            answered(index, response.statusCode ?? 0, text);
            resolve();
          });
          response.on('error', () => {
            result.failures += 1;
            resolve();
          });
        });
        request.on('error', (error) => {
          result.failures += 1;
          sample(`connection: ${error.message}`);
          resolve();
        });
        request.end(template.body === undefined ? undefined : bytes);
      });
    } else {
      await new Promise<void>((resolve) => {
        const socket = net.connect({ host: target.hostname, port, localAddress }, () => socket.write(bytes));
        let text = '';
        let timer: NodeJS.Timeout | undefined;
        if (template.closeAfterMs !== undefined) {
          timer = setTimeout(() => socket.destroy(), template.closeAfterMs);
        }
        socket.setTimeout(ANSWER_WITHIN_MS, () => socket.destroy());
        socket.on('data', (chunk: Buffer) => {
          result.bytesReceived += chunk.length;
          if (text.length < 65_536) text += chunk.toString();
        });
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearTimeout(timer);
          const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
          if (status) answered(index, Number(status), text);
          else if (template.closeAfterMs === undefined) {
            result.failures += 1;
            sample(`raw: no status line: ${JSON.stringify(text.slice(0, 100))}`);
          }
          resolve();
        });
      });
    }
  };

  const client = async (index: number) => {
    const localAddress = `127.0.0.${2 + (index % 250)}`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (more()) {
      const number = result.sent++;
      const due = started + (number * 1000) / spec.perSecond - Date.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      const sentAt = performance.now();
      await send(number, agent, localAddress);
      latencies.push(performance.now() - sentAt);
    }
    agent.destroy();
  };

  await Promise.all(Array.from({ length: spec.clients }, (_, index) => client(index)));
  result.elapsedMs = Date.now() - started;
  if (spec.probe && !stopped) {
    result.cpuMsAtPhaseEnd = cpuMs(spec.probe.pid);
    probing = true;
    result.cpuMsByTemplate = await probe(spec.probe, prepared.length, send);
  }
  latencies.sort((a, b) => a - b);
  result.latencyMs = {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? 0,
  };
  return result;
}

// Started as a child process by harness.ts: one phase in, its result out. (The tests import this
// file for its types and UNIQUE, in Jest workers that have an IPC channel too.)
if (process.send && process.argv[1]?.endsWith('attacker.ts')) {
  process.on('message', (message: PhaseSpec | { stop: true }) => {
    if ('stop' in message) stopped = true;
    else void runPhase(message).then((result) => process.send!(result, () => process.exit(0)));
  });
}
