import type { Database, Tx } from '../db/database';

/** The last curated write queued on each database: the next one starts when it has ended. */
const queues = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs a curated write in its own transaction, one at a time per server process. Curation is a
 * few writes a minute, and each takes locks in Neo4j (the id, the entity): a burst of concurrent
 * writes would only wait on each other there, every one of them holding a transaction and, on a
 * cold server, each planning the same statements at once (about a second each on 2 cores). In
 * turn, the first plans and the rest reuse its plans. Neo4j's locks still keep writes from
 * several server processes apart.
 */
export function curatedWrite<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.then(
    () => db.writeTransaction(work),
    () => db.writeTransaction(work),
  );
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
