import type { Database, QueryStats } from './db/database';
import { newQueryStats } from './db/database';
import { createGraphLoaders, type GraphLoaders } from './graph/graph.loaders';
import type { Logger } from './logger';

/** What every resolver of one request sees. Built anew per request, so nothing leaks between them. */
export interface Context {
  requestId: string;
  logger: Logger;
  /** The database, counting this request's round trips into `stats`. */
  db: Database;
  stats: QueryStats;
  /** The client asked for extensions.db (header x-debug-db: 1) and may see it. */
  debugDb: boolean;
  /** Per-request DataLoaders: each batches what one tick of resolvers asks for into one query. */
  loaders: GraphLoaders;
}

export interface ContextDeps {
  database: Database;
  logger: Logger;
}

export function createContext(deps: ContextDeps, requestId: string, debugDb: boolean): Context {
  const stats = newQueryStats();
  const db = deps.database.forRequest(stats);
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    db,
    stats,
    debugDb,
    loaders: createGraphLoaders(db),
  };
}
