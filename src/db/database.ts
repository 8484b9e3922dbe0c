import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';
import { Availability } from './availability';
import { failFast, mapNeo4jError, meansDown } from './errors';
import type { Logger } from '../logger';
import { cypher, type CypherQuery } from './queries';

/** What one request cost the database; reported in extensions.db when asked for. */
export interface QueryStats {
  roundTrips: number;
  records: number;
  /** The name of each statement, in the order they were sent. */
  statements: string[];
  /** Planned statements that failed (their fields were then read through the loaders). */
  planFailures: number;
}

export const newQueryStats = (): QueryStats => ({
  roundTrips: 0,
  records: 0,
  statements: [],
  planFailures: 0,
});

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  /** Longest wait for a pooled connection; kept below the HTTP budget so requests fail fast. */
  connectionAcquisitionTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** Longest total time spent retrying a transaction after transient errors. */
  maxTransactionRetryTimeMs?: number;
}

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: settings.connectionAcquisitionTimeoutMs ?? 5_000,
    connectionTimeout: settings.connectionTimeoutMs ?? 3_000,
    maxTransactionRetryTime: settings.maxTransactionRetryTimeMs ?? 5_000,
    userAgent: 'oic-knowledge-graph',
  });
}

export type Row = Record<string, unknown>;

/** A transaction handed to write work: statements run in it count towards the request's stats. */
export interface Tx {
  run(query: CypherQuery, params?: Row): Promise<Row[]>;
}

/**
 * The choke point between the code and Neo4j: every query runs here, in a managed transaction
 * (retried on transient errors), always against the configured database, with its parameters
 * passed separately from its text, and with Neo4j errors mapped to coded errors in one place.
 */
export interface DatabaseOptions {
  /** Longest a transaction may run before Neo4j stops it. */
  transactionTimeoutMs?: number;
  /** Longest total time a read is retried after transient errors (the driver's, for transactions). */
  maxRetryMs?: number;
  /** How long a query may wait before Neo4j is pinged to see whether it is hung. */
  probeAfterMs?: number;
  logger?: Logger;
}

/**
 * How much longer than the transaction timeout the server waits for Neo4j before it gives up on
 * its own: Neo4j enforces the timeout, so past this Neo4j is not answering at all.
 */
export const DEADLINE_GRACE_MS = 1_000;

export interface TransactionOptions {
  /** This transaction's timeout, instead of the database's. */
  timeoutMs?: number;
}

export class Database {
  /** Shared by every per-request copy: one view of whether Neo4j is reachable. */
  readonly availability: Availability;
  private readonly transactionTimeoutMs: number;
  private readonly maxRetryMs: number;
  /** Where this instance counts its work; set by forRequest(). */
  stats?: QueryStats;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    options: DatabaseOptions = {},
  ) {
    this.transactionTimeoutMs = options.transactionTimeoutMs ?? 10_000;
    this.maxRetryMs = options.maxRetryMs ?? 3_000;
    this.availability = new Availability((timeoutMs) => this.ping(timeoutMs), options.logger, {
      probeAfterMs: options.probeAfterMs,
    });
  }

  /**
   * The same database, counting every round trip into the request's stats: a copy that shares
   * everything with this one (driver, availability) through its prototype but its stats.
   */
  forRequest(stats: QueryStats): Database {
    const copy = Object.create(this) as Database;
    copy.stats = stats;
    return copy;
  }

  /**
   * One statement that reads, as an auto-commit transaction: one message to Neo4j and one answer,
   * where a managed transaction sends BEGIN, the statement and COMMIT (measured on a lookup by id:
   * 40% less CPU in Neo4j and in this process, 1.7 times the queries a second). The driver does
   * not retry those, so this does: transient failures are asked again, with a growing pause,
   * for at most maxRetryMs in all, as the driver would a managed transaction.
   */
  async read<R = Row>(query: CypherQuery<R>, params: Row = {}): Promise<R[]> {
    const giveUpAt = Date.now() + this.maxRetryMs;
    for (let pause = 50; ; pause = Math.min(pause * 2, 1_000)) {
      try {
        return (await this.autoCommit(query, params)) as R[];
      } catch (error) {
        if (!(error instanceof RetryableError) || Date.now() + pause > giveUpAt) {
          throw error instanceof RetryableError ? error.mapped : error;
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  private async autoCommit(query: CypherQuery<unknown>, params: Row): Promise<Row[]> {
    if (!this.availability.isUp) throw new DatabaseUnavailableError();
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      // Shared with the driver's other sessions, so a read after a write sees it on a cluster.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    if (this.stats) {
      this.stats.roundTrips += 1;
      this.stats.statements.push(query.name);
    }
    // The driver captures a stack trace for every result it makes (to add to the errors it may
    // give later), some 3% of the CPU a planned read costs here. The errors we give are mapped
    // to codes and logged with the driver's message: nothing reads that trace.
    const depth = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let running;
    try {
      running = session.run(query.text, toNeo4jParams(params) as Row, {
        timeout: this.transactionTimeoutMs,
        metadata: TRANSACTION_METADATA,
      });
    } finally {
      Error.stackTraceLimit = depth;
    }
    const answer = running.then((result) => result.records);
    let answered = false;
    try {
      const records = await this.availability.within(answer, this.transactionTimeoutMs + DEADLINE_GRACE_MS);
      answered = true;
      if (this.stats) this.stats.records += records.length;
      return records.map((record: Neo4jRecord) => record.toObject());
    } catch (error) {
      answered = !(error instanceof DatabaseTimeoutError || error instanceof DatabaseUnavailableError);
      const mapped = mapNeo4jError(failFast(error));
      if (meansDown(error)) this.availability.markDown();
      // Worth asking again: what the driver retries, unless it is a memory limit (asking again
      // fails again) or Neo4j is found down (the probe brings it back).
      if (error instanceof Neo4jError && Neo4jError.isRetryable(error) && failFast(error) === error) {
        if (this.availability.isUp) throw new RetryableError(mapped);
      }
      throw mapped;
    } finally {
      // A Neo4j that did not answer the query would not answer the close either: do not wait.
      if (answered) await session.close();
      else void session.close().catch(() => undefined);
    }
  }

  async write(query: CypherQuery, params: Row = {}): Promise<Row[]> {
    return this.transaction('WRITE', (tx) => tx.run(query, params));
  }

  /**
   * Several statements in one transaction: all of them are written, or none. A long job (loading
   * the dataset) may give its own timeout; requests keep the configured one.
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  async readTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('READ', work, options);
  }

  /** True when the database answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = session.executeRead((tx) => tx.run(cypher('db/ping').text), { timeout: timeoutMs });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timed out')), timeoutMs);
      });
      await Promise.race([answer, timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.availability.stop();
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.transactionTimeoutMs;
    if (!this.availability.isUp) throw new DatabaseUnavailableError();
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Shared with the driver's other sessions, so a read after a write sees it on a cluster.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const config = { timeout: timeoutMs, metadata: TRANSACTION_METADATA };
    const body = (managed: ManagedTransaction): Promise<T> => work(wrap(managed, this.stats));
    const answer = mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config);
    let answered = false;
    try {
      // The driver bounds connecting and acquiring, not waiting for an answer: a hung Neo4j
      // would hold the request for ever. The client-side deadline and the probe bound it.
      const result = await this.availability.within(answer, timeoutMs + DEADLINE_GRACE_MS);
      answered = true;
      return result;
    } catch (error) {
      answered = !(error instanceof DatabaseTimeoutError || error instanceof DatabaseUnavailableError);
      if (meansDown(error)) this.availability.markDown();
      throw mapNeo4jError(error);
    } finally {
      // A Neo4j that did not answer the query would not answer the close either: do not wait.
      if (answered) await session.close();
      else void session.close().catch(() => undefined);
    }
  }
}

const TRANSACTION_METADATA = { app: 'oic-knowledge-graph' };

/** A read that failed in a way worth asking again, with the error to give if it is not asked again. */
class RetryableError extends Error {
  constructor(readonly mapped: unknown) {
    super('retryable');
  }
}

/**
 * JavaScript has one number type; Neo4j has INTEGER and FLOAT, and the driver sends every number
 * as FLOAT. Offsets, ordinals and page sizes are integers (LIMIT refuses 20.0), so whole numbers
 * go as INTEGER. Nothing here sends a float that happens to be whole.
 */
function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jParams(item)]));
  }
  return value;
}

function wrap(managed: ManagedTransaction, stats?: QueryStats): Tx {
  return {
    async run(query, params = {}) {
      if (stats) {
        stats.roundTrips += 1;
        stats.statements.push(query.name);
      }
      let result;
      try {
        result = await managed.run(query.text, toNeo4jParams(params) as Row);
      } catch (error) {
        throw failFast(error);
      }
      if (stats) stats.records += result.records.length;
      return result.records.map((record: Neo4jRecord) => record.toObject());
    },
  };
}
