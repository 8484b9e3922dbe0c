import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';

const UNAVAILABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * The one place Neo4j errors become client errors. Unavailability and timeouts are expected in
 * operation and get their own codes; anything else (a Cypher bug, a constraint we did not
 * foresee) is left as it is, so the server masks it and logs its cause.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError();
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new DatabaseTimeoutError();
  if (error.code === 'N/A' && /acquisition timed out|connect|ECONNREFUSED/i.test(error.message)) {
    return new DatabaseUnavailableError();
  }
  return error;
}
