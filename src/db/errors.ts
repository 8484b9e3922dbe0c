import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import {
  DatabaseOverloadedError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  QueryTooLargeError,
} from '../errors';

const UNAVAILABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  // The connection broke in the middle of a message: Neo4j went away.
  driverErrors.PROTOCOL_ERROR,
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  // A Neo4j shutting down or starting fails the transactions it cannot begin or commit.
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
]);

/**
 * Neo4j's memory limits (src/db/local-neo4j.ts memorySettings). Both reach the driver as
 * Neo.TransientError.General.MemoryPoolOutOfMemoryError; the message names the limit reached: the
 * one transaction's (db.memory.transaction.max) or all transactions' (….memory.transaction.total.max).
 * Older servers report the one transaction's as TransactionOutOfMemoryError.
 */
const MEMORY_CODES = new Set<string>([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);
const ONE_TRANSACTION_LIMIT = /\bdb\.memory\.transaction\.max\b|\bmemory\.transaction\.max_size\b/;

function memoryError(error: Neo4jError): QueryTooLargeError | DatabaseOverloadedError | null {
  if (!MEMORY_CODES.has(error.code)) return null;
  return error.code.endsWith('TransactionOutOfMemoryError') || ONE_TRANSACTION_LIMIT.test(error.message)
    ? new QueryTooLargeError()
    : new DatabaseOverloadedError();
}

/**
 * What the driver raises without a Neo4j code ('N/A') when the connection itself fails: refused,
 * reset or closed sockets, a pool that cannot hand out a connection in time, or one closing.
 */
const CONNECTION_FAILURE =
  /acquisition timed out|connect|ECONNREFUSED|ECONNRESET|EPIPE|socket|pool is closed/i;

/**
 * The one place Neo4j errors become client errors. Unavailability and timeouts are expected in
 * operation and get their own codes: every error the driver deems worth retrying (Neo4j's
 * transient errors, a lost server or session) is DATABASE_UNAVAILABLE, since the retries are
 * spent by the time it gets here; a transaction Neo4j stopped at its timeout is DATABASE_TIMEOUT;
 * a memory limit (transient to Neo4j, but asking again fails again) is QUERY_TOO_LARGE or
 * DATABASE_OVERLOADED.
 * Anything else (a Cypher bug, a constraint we did not foresee) is left as it is, so the server
 * masks it and logs its cause.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new DatabaseTimeoutError();
  const memory = memoryError(error);
  if (memory) return memory;
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new DatabaseUnavailableError();
  }
  if (Neo4jError.isRetryable(error)) return new DatabaseUnavailableError();
  if (error.code === 'N/A' && CONNECTION_FAILURE.test(error.message)) return new DatabaseUnavailableError();
  return error;
}

/**
 * Whether a failure says Neo4j is down, so that requests fail fast until a ping says it is back:
 * anything unavailable (no connection, a database that says it is unavailable), except a
 * transient error, Neo4j up and answering "not now" to one statement (a lock, a transaction it
 * had to stop), which is asked again.
 */
export function meansDown(error: unknown): boolean {
  if (!(mapNeo4jError(failFast(error)) instanceof DatabaseUnavailableError)) return false;
  return !(
    error instanceof Neo4jError &&
    error.code.startsWith('Neo.TransientError.') &&
    error.code !== 'Neo.TransientError.General.DatabaseUnavailable'
  );
}

/**
 * What a statement's failure becomes inside its transaction, before the driver decides whether to
 * retry: a memory limit is a transient error to Neo4j, but running the same query again would hit
 * it again and add load, so it leaves the transaction at once as its coded error. Anything else
 * is left to the driver's retries and to mapNeo4jError.
 */
export function failFast(error: unknown): unknown {
  return error instanceof Neo4jError ? (memoryError(error) ?? error) : error;
}

/** Where the server tried to connect at start-up, to name in what it says. */
export interface ConnectionTarget {
  uri: string;
  username: string;
  database: string;
}

/**
 * Why the first connection to Neo4j failed, as one line naming the variable to fix, or null
 * for a failure that is not about the connection settings.
 */
export function connectionProblem(error: unknown, target: ConnectionTarget): string | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    return (
      `NEO4J_USERNAME/NEO4J_PASSWORD: Neo4j at ${target.uri} refused the user "${target.username}" with the ` +
      'password given; check both'
    );
  }
  if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `NEO4J_PASSWORD: Neo4j at ${target.uri} locked the user "${target.username}" after failed logins; wait, then check the password`;
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `NEO4J_DATABASE: Neo4j at ${target.uri} has no database "${target.database}"; name one it has`;
  }
  const cause = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ETIMEDOUT|timed out/.exec(error.message)?.[0];
  if (error.code === driverErrors.SERVICE_UNAVAILABLE || cause) {
    const what =
      cause === 'ENOTFOUND' || cause === 'EAI_AGAIN'
        ? 'the host name is unknown'
        : cause === 'ECONNREFUSED'
          ? 'connection refused'
          : 'no answer';
    return (
      `NEO4J_URI: nothing answers at ${target.uri} (${what}); check the address and that Neo4j runs there, ` +
      'or unset NEO4J_URI to start the local Neo4j'
    );
  }
  return null;
}
