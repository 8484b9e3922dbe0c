import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';

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
 * What the driver raises without a Neo4j code ('N/A') when the connection itself fails: refused,
 * reset or closed sockets, a pool that cannot hand out a connection in time, or one closing.
 */
const CONNECTION_FAILURE =
  /acquisition timed out|connect|ECONNREFUSED|ECONNRESET|EPIPE|socket|pool is closed/i;

/**
 * The one place Neo4j errors become client errors. Unavailability and timeouts are expected in
 * operation and get their own codes: every error the driver deems worth retrying (Neo4j's
 * transient errors, a lost server or session) is DATABASE_UNAVAILABLE, since the retries are
 * spent by the time it gets here; a transaction Neo4j stopped at its timeout is DATABASE_TIMEOUT.
 * Anything else (a Cypher bug, a constraint we did not foresee) is left as it is, so the server
 * masks it and logs its cause.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new DatabaseTimeoutError();
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new DatabaseUnavailableError();
  }
  if (Neo4jError.isRetryable(error)) return new DatabaseUnavailableError();
  if (error.code === 'N/A' && CONNECTION_FAILURE.test(error.message)) return new DatabaseUnavailableError();
  return error;
}
