import type { ApolloServer } from '@apollo/server';
import type { Principal } from '../../src/auth/auth';
import { DEFAULT_LIMITS } from '../../src/config';
import { createContext, type Context } from '../../src/context';
import type { Database } from '../../src/db/database';
import { seedGraph } from '../../src/dataset/seed';
import { createLogger } from '../../src/logger';
import { buildGraphQLSchema, createApolloServer } from '../../src/server';
import { scratchConnection, scratchDatabase, sharedDatabase } from './database';

export interface Result {
  data: Record<string, any> | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, any> }> | undefined;
  /** Cypher round trips the operation cost. */
  roundTrips: number;
  /** The names of the statements sent, in order. */
  statements: string[];
  /** The response's extensions (cuts; db is in roundTrips and statements). */
  extensions: Record<string, any> | undefined;
}

export interface RunOptions {
  principal?: Principal | null;
}

export interface Api {
  db: Database;
  apollo: ApolloServer<Context>;
  run(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
    options?: RunOptions,
  ): Promise<Result>;
  close(): Promise<void>;
}

export interface ApiOptions {
  /**
   * The suite changes the graph: it gets the scratch database (one suite at a time), loaded
   * with the curated dataset, instead of the shared one that suites only read.
   */
  writes?: boolean;
  /**
   * A second server process beside a writing suite's own: its own connection to the scratch
   * database the suite holds, without taking it again or reloading it.
   */
  alongside?: boolean;
  /** Run the look-ahead planner (on by default, as in the server). */
  planner?: boolean;
}

/**
 * Apollo Server over the real Neo4j holding the curated dataset, called with executeOperation:
 * the whole GraphQL stack and the database, without HTTP.
 */
export async function startApi(options: ApiOptions = {}): Promise<Api> {
  const scratch = options.writes ? await scratchDatabase() : null;
  const db = scratch ?? (options.alongside ? scratchConnection() : sharedDatabase());
  // A suite whose set-up fails never gets to afterAll's close(): hand the scratch database on here,
  // or every writing suite after it would wait for it in vain.
  if (scratch)
    await seedGraph(scratch).catch(async (error: unknown) => {
      await scratch.release();
      throw error;
    });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    logger,
    production: false,
    introspection: true,
    landingPage: false,
    limits: DEFAULT_LIMITS,
    planner: options.planner,
  });
  await apollo.start();
  let request = 0;
  return {
    db,
    apollo,
    async run(query, variables = {}, operationName, options = {}) {
      const contextValue = createContext(
        { database: db, logger, limits: DEFAULT_LIMITS },
        { requestId: `test-${++request}`, principal: options.principal ?? null, debugDb: true },
      );
      const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors, extensions } = response.body.singleResult;
      return {
        data,
        errors: errors as Result['errors'],
        extensions,
        roundTrips: contextValue.stats.roundTrips,
        statements: contextValue.stats.statements,
      };
    },
    async close() {
      try {
        await apollo.stop();
      } finally {
        await (scratch ? scratch.release() : db.close());
      }
    },
  };
}
