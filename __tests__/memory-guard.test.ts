import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../src/db/database';
import { failFast, mapNeo4jError } from '../src/db/errors';
import { memoryBytes, memorySettings } from '../src/db/local-neo4j';
import { CodedError, ErrorCode } from '../src/errors';
import { testDatabase } from './helpers/database';

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

  describe('on the local Neo4j the tests run on', () => {
    let db: Database;
    beforeAll(() => {
      db = testDatabase();
    });
    afterAll(() => db.close());

    it('runs with the limits memorySettings gives its heap', async () => {
      const rows = await db.read({
        name: 'test/memory-config',
        text: `CALL dbms.listConfig('memory.transaction') YIELD name, value
               WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max']
               RETURN name, value ORDER BY name`,
      });
      expect(rows).toEqual([
        { name: 'db.memory.transaction.max', value: '128.00MiB' },
        { name: 'dbms.memory.transaction.total.max', value: '512.00MiB' },
      ]);
    });

    it('fails a huge query with QUERY_TOO_LARGE, at once, and goes on answering', async () => {
      const huge = {
        name: 'test/huge',
        // A list of 100 million integers: far past 128 MiB for one transaction.
        text: 'UNWIND range(1, $n) AS x RETURN size(collect(x)) AS n',
      };
      let attempts = 0;
      const started = Date.now();
      const failure = await db
        .readTransaction(async (tx) => {
          attempts += 1;
          return tx.run(huge, { n: 100_000_000 });
        })
        .catch((error: unknown) => error);
      const elapsedMs = Date.now() - started;
      expect(failure).toBeInstanceOf(CodedError);
      expect((failure as CodedError).extensions).toEqual({ code: ErrorCode.QUERY_TOO_LARGE });
      expect((failure as CodedError).message).toBe(
        'The query needed more memory than the graph database allows one request; narrow it ' +
          '(a smaller page, fewer hops, a shorter period) and ask again.',
      );
      // Not retried: a retry would hit the same limit. (Typically well under a second.)
      expect(attempts).toBe(1);
      expect(elapsedMs).toBeLessThan(30_000);
      // Neo4j survived: the next query is answered, and the server still sees it as up.
      expect(await db.read({ name: 'test/after', text: 'RETURN 1 + 1 AS two' })).toEqual([{ two: 2 }]);
      expect(db.availability.isUp).toBe(true);
      expect(await db.ping()).toBe(true);
    });
  });
});
