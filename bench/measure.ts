import os from 'node:os';
import { AskError } from './peers';

/** Timing: sequential latency and throughput at a fixed concurrency, for one async call. */

export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** Failed requests by error code (their times are not in the figures above). */
  errors: Record<string, number>;
  /** The first message seen for each error code, to tell what an INTERNAL_SERVER_ERROR was. */
  errorSamples?: Record<string, string>;
}

export interface Throughput {
  concurrency: number;
  seconds: number;
  /** Answered requests (failures are counted in errors, not here). */
  requests: number;
  perSecond: number;
  /** Latency of the requests answered under that load. */
  p50: number;
  p95: number;
  p99: number;
  errors: Record<string, number>;
  errorSamples?: Record<string, string>;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Nearest-rank percentile of sorted values. */
function percentile(sortedValues: number[], p: number): number {
  if (sortedValues.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sortedValues.length);
  return sortedValues[Math.min(sortedValues.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: number[], failures: Failures = noFailures()): Latency {
  const values = [...samples].sort((a, b) => a - b);
  return {
    requests: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    min: values[0] ?? NaN,
    max: values[values.length - 1] ?? NaN,
    errors: failures.counts,
    errorSamples: failures.samples,
  };
}

/** Failures by code, with the first message of each. */
interface Failures {
  counts: Record<string, number>;
  samples: Record<string, string>;
}
const noFailures = (): Failures => ({ counts: {}, samples: {} });

/** Runs a call, counting a failure by its code instead of throwing; anything but an AskError is a bug. */
async function attempt(call: () => Promise<unknown>, failures: Failures): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if (!(error instanceof AskError)) throw error;
    failures.counts[error.code] = (failures.counts[error.code] ?? 0) + 1;
    failures.samples[error.code] ??= error.message.slice(0, 300);
    return false;
  }
}

/**
 * Warms every call up together, round after round, so that Neo4j's JIT, its query caches and
 * Node's JIT are as warm for the last peer as for the first; stops early after `maxSeconds`.
 * Returns the rounds run.
 */
export async function warmUp(
  calls: Array<() => Promise<unknown>>,
  rounds: number,
  maxSeconds = Infinity,
): Promise<number> {
  const started = process.hrtime.bigint();
  const ignored = noFailures();
  for (let round = 0; round < rounds; round++) {
    if (ms(started) / 1000 > maxSeconds) return round;
    for (const call of calls) await attempt(call, ignored);
  }
  return rounds;
}

/**
 * One request after the other, the peers taking turns (in an order that rotates each round), so
 * that anything else the machine does in the meantime falls on all of them alike. Stops after
 * `requests` rounds or once `maxSeconds` have passed (slow questions on a big graph), so every
 * peer gets the same number of requests. Returns the latency of each call, end to end, from the
 * client; failures are counted by code.
 */
export async function sequentialLatency(
  calls: Array<() => Promise<unknown>>,
  requests: number,
  maxSeconds = Infinity,
  progress: (round: number) => void = () => {},
): Promise<Latency[]> {
  const samples = calls.map((): number[] => []);
  const errors = calls.map(noFailures);
  const started = process.hrtime.bigint();
  for (let round = 0; round < requests; round++) {
    if (round > 0 && ms(started) / 1000 > maxSeconds) break;
    for (let turn = 0; turn < calls.length; turn++) {
      const which = (round + turn) % calls.length;
      const start = process.hrtime.bigint();
      if (await attempt(calls[which], errors[which])) samples[which].push(ms(start));
    }
    progress(round + 1);
  }
  return samples.map((values, i) => summarise(values, errors[i]));
}

/** `concurrency` clients, each sending its next request as soon as the last is answered, for `seconds`. */
export async function throughput(
  call: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<Throughput> {
  const samples: number[] = [];
  const errors = noFailures();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const client = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const start = process.hrtime.bigint();
      if (await attempt(call, errors)) samples.push(ms(start));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = ms(started) / 1000;
  const latency = summarise(samples);
  return {
    concurrency,
    seconds: elapsed,
    requests: samples.length,
    perSecond: samples.length / elapsed,
    p50: latency.p50,
    p95: latency.p95,
    p99: latency.p99,
    errors: errors.counts,
    errorSamples: errors.samples,
  };
}

/** The machine's 1-minute load average, sampled while the benchmark runs: other work skews timings. */
export class LoadMonitor {
  readonly samples: Array<{ at: string; load1: number }> = [];
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 10_000) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): number {
    const load1 = os.loadavg()[0];
    this.samples.push({ at: new Date().toISOString(), load1 });
    return load1;
  }

  stop(): { min: number; mean: number; max: number; samples: number } {
    clearInterval(this.timer);
    this.sample();
    const values = this.samples.map((s) => s.load1);
    return {
      min: Math.min(...values),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
      max: Math.max(...values),
      samples: values.length,
    };
  }
}
