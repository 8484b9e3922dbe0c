/** Timing: sequential latency and throughput at a fixed concurrency, for one async call. */

export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export interface Throughput {
  concurrency: number;
  seconds: number;
  requests: number;
  perSecond: number;
  /** Latency of the requests made under that load. */
  p50: number;
  p95: number;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Nearest-rank percentile of sorted values. */
function percentile(sortedValues: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sortedValues.length);
  return sortedValues[Math.min(sortedValues.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: number[]): Latency {
  const values = [...samples].sort((a, b) => a - b);
  return {
    requests: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    min: values[0],
    max: values[values.length - 1],
  };
}

/**
 * Warms every call up together, round after round, so that Neo4j's JIT, its query caches and
 * Node's JIT are as warm for the last peer as for the first.
 */
export async function warmUp(calls: Array<() => Promise<unknown>>, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) for (const call of calls) await call();
}

/**
 * One request after the other, the peers taking turns (in an order that rotates each round), so
 * that anything else the machine does in the meantime falls on all of them alike. Returns the
 * latency of each call, end to end, from the client.
 */
export async function sequentialLatency(
  calls: Array<() => Promise<unknown>>,
  requests: number,
): Promise<Latency[]> {
  const samples = calls.map((): number[] => []);
  for (let round = 0; round < requests; round++) {
    for (let turn = 0; turn < calls.length; turn++) {
      const which = (round + turn) % calls.length;
      const start = process.hrtime.bigint();
      await calls[which]();
      samples[which].push(ms(start));
    }
  }
  return samples.map(summarise);
}

/** `concurrency` clients, each sending its next request as soon as the last is answered, for `seconds`. */
export async function throughput(
  call: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<Throughput> {
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const client = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const start = process.hrtime.bigint();
      await call();
      samples.push(ms(start));
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
  };
}
