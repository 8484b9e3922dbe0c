import { Neo4jError } from 'neo4j-driver';
import { failFast, mapNeo4jError } from '../../../src/db/errors';
import { memoryBytes, memorySettings } from '../../../src/db/local-neo4j';
import { CodedError, ErrorCode } from '../../../src/errors';

const neo4jError = (code: string, message: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

const codeOf = (error: unknown): unknown => (error instanceof CodedError ? error.extensions.code : error);

describe('the memory guard', () => {
  it('sizes transaction memory from the heap: an eighth per transaction, half for all of them', () => {
    expect(memoryBytes('512m')).toBe(512 * 1024 ** 2);
    expect(memoryBytes('2G')).toBe(2 * 1024 ** 3);
    expect(memorySettings('1g')).toEqual({
      'dbms.memory.transaction.total.max': '512m',
      'db.memory.transaction.total.max': '512m',
      'db.memory.transaction.max': '128m',
    });
    expect(memorySettings('4g')['db.memory.transaction.max']).toBe('512m');
    expect(() => memoryBytes('lots')).toThrow('expected a memory size such as 512m or 2g, received "lots"');
  });

  it('maps the one-transaction limit to QUERY_TOO_LARGE and the shared pool to DATABASE_OVERLOADED', () => {
    const pool = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
    const oneTransaction = neo4jError(
      pool,
      'The allocation of an extra 11.6 MiB would use more than the limit 64.0 MiB. Currently using 54.6 MiB. ' +
        'db.memory.transaction.max threshold reached',
    );
    const shared = neo4jError(
      pool,
      'The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB. ' +
        'dbms.memory.transaction.total.max threshold reached',
    );
    expect(codeOf(mapNeo4jError(oneTransaction))).toBe(ErrorCode.QUERY_TOO_LARGE);
    expect(codeOf(mapNeo4jError(shared))).toBe(ErrorCode.DATABASE_OVERLOADED);
    expect(
      codeOf(mapNeo4jError(neo4jError('Neo.ClientError.General.TransactionOutOfMemoryError', 'too much'))),
    ).toBe(ErrorCode.QUERY_TOO_LARGE);
    // Inside a transaction only memory errors leave at once; the driver retries other transient ones.
    expect(codeOf(failFast(shared))).toBe(ErrorCode.DATABASE_OVERLOADED);
    const deadlock = neo4jError('Neo.TransientError.Transaction.DeadlockDetected', 'deadlock');
    expect(failFast(deadlock)).toBe(deadlock);
  });
});
