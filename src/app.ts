import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Config } from './config';
import { authenticate, hasRole, type Principal } from './auth/auth';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import { createHttpServer, drainHttpServer, listen } from './http/http-server';
import { exportRoute } from './http/export/export.http';
import { staticFiles } from './http/static-files';
import type { Logger } from './logger';
import { warmUp } from './http/apollo/warm-up';
import { projectRoot } from './paths';
import { buildGraphQLSchema, createApolloServer } from './server';

export interface App {
  url: string;
  apollo: ApolloServer<Context>;
  http: http.Server;
  /**
   * Stops taking connections, lets the requests in flight finish (each connection closing after
   * its last answer), then stops Apollo. Connections still open after `graceMs` are cut.
   */
  close(graceMs?: number): Promise<void>;
}

/** Where `npm run build` puts the explorer (web/ built by Vite). */
export const WEB_ROOT = path.join(projectRoot, 'dist', 'web');

/**
 * Apollo and the HTTP layer around one database. The caller owns the database and closes it.
 * Given a port reserved at start-up (reservePort), the app takes that server over.
 */
export async function startApp(
  config: Config,
  database: Database,
  logger: Logger,
  reserved?: { server: http.Server; url: string },
): Promise<App> {
  const production = config.nodeEnv === 'production';
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    logger,
    production,
    introspection: config.introspection,
    landingPage: config.sandbox,
    limits: config.limits,
    planner: config.planner,
  });
  await apollo.start();
  const authenticateRequest = (request: IncomingMessage) => authenticate(request.headers, config.apiKeys);
  const context = async (request: IncomingMessage, requestId: string, principal: Principal | null) =>
    createContext(
      { database, logger, limits: config.limits },
      {
        requestId,
        principal,
        // Round-trip counts describe the server's internals: outside production, or for admins.
        debugDb: request.headers['x-debug-db'] === '1' && (!production || hasRole(principal, 'admin')),
      },
    );
  const server = createHttpServer(
    {
      apollo,
      logger,
      maxBodyBytes: config.limits.maxBodyBytes,
      maxTokens: config.limits.maxTokens,
      ready: () => database.ping(),
      rateLimit: config.rateLimit,
      connectionsPerClient: config.rateLimit.connectionsPerClient,
      authenticate: authenticateRequest,
      requireKey: config.readsRequireKey,
      context,
      routes: [
        exportRoute({ authenticate: authenticateRequest, requireKey: config.readsRequireKey, context }),
        staticFiles(WEB_ROOT),
      ],
    },
    reserved?.server,
  );
  const url = reserved?.url ?? (await listen(server, config.host, config.port));
  let stopping = false;
  // Kept, so that close() lets the operation in flight finish before the caller closes the
  // database under it (the warm-up stops between operations once stopping).
  const warming = warmUp(
    apollo,
    () =>
      createContext(
        { database, logger, limits: config.limits },
        { requestId: 'warm-up', principal: null, debugDb: false },
      ),
    logger,
    () => stopping,
  ).catch((error: unknown) => logger.debug({ err: error }, 'warm-up failed'));
  return {
    url,
    apollo,
    http: server,
    async close(graceMs = 5_000) {
      stopping = true;
      await drainHttpServer(server, graceMs);
      await warming;
      await apollo.stop();
    },
  };
}
