import type { Database } from '../../src/db/database';
import { CodedError, ErrorCode } from '../../src/errors';
import { sharedDatabase } from '../helpers/database';

describe('the memory guard', () => {
  describe('on the local Neo4j the tests run on', () => {
    let db: Database;
    beforeAll(() => {
      db = sharedDatabase();
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
