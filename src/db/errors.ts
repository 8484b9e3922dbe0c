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
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
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
 * The one place Neo4j errors become client errors. Unavailability and timeouts are expected in
 * operation and get their own codes; anything else (a Cypher bug, a constraint we did not
 * foresee) is left as it is, so the server masks it and logs its cause.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError();
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new DatabaseTimeoutError();
  const memory = memoryError(error);
  if (memory) return memory;
  if (error.code === 'N/A' && /acquisition timed out|connect|ECONNREFUSED/i.test(error.message)) {
    return new DatabaseUnavailableError();
  }
  return error;
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
