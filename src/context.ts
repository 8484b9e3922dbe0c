import type { Database, QueryStats } from './db/database';
import { newQueryStats } from './db/database';
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
}

export interface ContextDeps {
  database: Database;
  logger: Logger;
}

export function createContext(deps: ContextDeps, requestId: string, debugDb: boolean): Context {
  const stats = newQueryStats();
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    db: deps.database.forRequest(stats),
    stats,
    debugDb,
  };
}
