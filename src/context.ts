import type { Principal } from './auth/auth';
import type { Limits } from './config';
import type { Database, QueryStats } from './db/database';
import { newQueryStats } from './db/database';
import { createGraphLoaders, type GraphLoaders } from './graph/graph.loaders';
import { newCutReport, type CutReport } from './graph/schema/cuts';
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
  /** Who sent the request (its API key), or null. */
  principal: Principal | null;
  limits: Limits;
  /** Per-request DataLoaders: each batches what one tick of resolvers asks for into one query. */
  loaders: GraphLoaders;
  /** When the request started, for the request log. */
  startedAt: number;
  /** The lists the response stopped before their end (extensions.cuts). */
  cuts: CutReport;
}

export interface ContextDeps {
  database: Database;
  logger: Logger;
  limits: Limits;
}

export interface RequestInfo {
  requestId: string;
  principal: Principal | null;
  debugDb: boolean;
}

export function createContext(deps: ContextDeps, request: RequestInfo): Context {
  const stats = newQueryStats();
  const db = deps.database.forRequest(stats);
  return {
    requestId: request.requestId,
    logger: deps.logger.child({ requestId: request.requestId }),
    db,
    stats,
    debugDb: request.debugDb,
    principal: request.principal,
    limits: deps.limits,
    loaders: createGraphLoaders(db),
    startedAt: Date.now(),
    cuts: newCutReport(),
  };
}
