import 'reflect-metadata';
import { startApp, type App } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import type http from 'node:http';
import { createDriver, Database } from './db/database';
import { dataFolderProblem } from './db/data-folder';
import { connectionProblem } from './db/errors';
import { LocalNeo4j, LocalNeo4jError } from './db/local-neo4j';
import { applySchema } from './db/schema';
import { seedGraph } from './dataset/seed';
import { DatasetError } from './dataset/validate';
import { reservePort } from './http/http-server';
import { createLogger, type Logger } from './logger';

/** Everything a stop does (SIGTERM, Ctrl-C, a crash of the local Neo4j) fits in this. */
const SHUTDOWN_BUDGET_MS = 10_000;
/** Requests in flight get this long to finish; a load balancer has stopped sending by then. */
const HTTP_DRAIN_MS = 5_000;
const DRIVER_CLOSE_MS = 2_000;

/** Waits for `work` at most `ms`; the rest of the shutdown goes on either way. */
function within(work: Promise<void> | undefined, ms: number): Promise<void> {
  if (!work) return Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Bootstrap: configuration, then the database (the local one when NEO4J_URI is unset), then the server. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger(
    config.logLevel,
    undefined,
    config.nodeEnv === 'development' && process.stdout.isTTY === true,
  );
  const resources: { local?: LocalNeo4j; database?: Database; app?: App; reserved?: http.Server } = {};
  let shuttingDown = false;

  /**
   * Stops within SHUTDOWN_BUDGET_MS: drains HTTP (in-flight requests finish, keep-alive
   * connections close after their answer), stops Apollo, closes the driver, stops the local Neo4j.
   * Each step gets what is left of the budget; a step that would overrun it is cut short.
   */
  const shutdown = async (reason: string, exitCode: number): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    const started = Date.now();
    const left = () => SHUTDOWN_BUDGET_MS - (Date.now() - started);
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${SHUTDOWN_BUDGET_MS / 1000} s; exiting`);
      process.exit(exitCode || 1);
    }, SHUTDOWN_BUDGET_MS);
    force.unref();
    // Before the app takes it over, the reserved server only answers "starting".
    if (!resources.app) resources.reserved?.close();
    await resources.app
      ?.close(Math.min(HTTP_DRAIN_MS, left()))
      .catch((err: unknown) => logger.error({ err }, 'closing the HTTP server'));
    logger.info({ ms: Date.now() - started }, 'HTTP server closed');
    // A hung Neo4j would not answer the driver's goodbye either.
    await within(resources.database?.close(), Math.min(DRIVER_CLOSE_MS, left())).catch((err: unknown) =>
      logger.error({ err }, 'closing the driver'),
    );
    logger.info({ ms: Date.now() - started }, 'driver closed');
    await resources.local
      ?.stop(Math.max(0, left() - 500))
      .catch((err: unknown) => logger.error({ err }, 'stopping the local Neo4j'));
    logger.info({ ms: Date.now() - started }, 'stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => {
    // A second Ctrl-C means "now": the local Neo4j still stops, through its closed stdin.
    if (shuttingDown) process.exit(130);
    void shutdown('SIGINT', 0);
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    const target = config.neo4j;
    // What can be checked in a moment is checked before Maven, Neo4j and the dataset.
    if (target.kind === 'local') {
      const problem = dataFolderProblem(target.home);
      if (problem) {
        throw new StartupError(
          `NEO4J_LOCAL_DIR: ${problem}; set NEO4J_LOCAL_DIR to a writable folder for the local Neo4j's data`,
        );
      }
    }
    const reserved = await reservePort(config.host, config.port).catch((error: unknown) => {
      throw new StartupError(portProblem(error, config));
    });
    resources.reserved = reserved.server;
    let uri: string;
    if (target.kind === 'local') {
      resources.local = await LocalNeo4j.start({
        home: target.home,
        port: target.boltPort,
        password: target.password,
        heap: target.heap,
        pageCache: target.pageCache,
        progress: (message) => logger.info({ component: 'local-neo4j' }, message),
      });
      resources.local.onCrash((reason) => {
        logger.fatal({ component: 'local-neo4j' }, reason);
        void shutdown('the local Neo4j crashed', 1);
      });
      uri = resources.local.uri;
    } else {
      uri = target.uri;
    }
    resources.database = new Database(
      createDriver({
        uri,
        username: target.username,
        password: target.password,
        connectionAcquisitionTimeoutMs: config.timeouts.acquisitionMs,
        connectionTimeoutMs: config.timeouts.connectionMs,
        maxTransactionRetryTimeMs: config.timeouts.maxRetryMs,
      }),
      target.database,
      { transactionTimeoutMs: config.timeouts.transactionMs, maxRetryMs: config.timeouts.maxRetryMs, logger },
    );
    await resources.database.driver
      .verifyConnectivity({ database: target.database })
      .catch((error: unknown) => {
        const problem = connectionProblem(error, {
          uri,
          username: target.username,
          database: target.database,
        });
        throw problem ? new StartupError(problem) : error;
      });
    await applySchema(resources.database);
    if (config.seedOnStart) {
      const report = await seedGraph(resources.database);
      logger.info(
        { dataset: report },
        report.written ? 'loaded the curated dataset' : 'the graph holds the curated dataset',
      );
    }
    resources.app = await startApp(config, resources.database, logger, reserved);
    logger.info(
      { url: resources.app.url, neo4j: uri, database: target.database, neo4jPid: resources.local?.pid },
      `serving GraphQL at ${resources.app.url}`,
    );
  } catch (error) {
    reportStartFailure(logger, error);
    await shutdown('start-up failed', 1);
  }
}

/** A start-up failure whose message is the one line a user needs: the variable and what to do. */
class StartupError extends Error {}

function portProblem(error: unknown, config: Config): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return `PORT: ${config.host}:${config.port} is already in use; stop what holds it, or set PORT to a free port`;
  }
  if (code === 'EACCES') {
    return `PORT: ${config.port} needs privileges this process lacks; set PORT to 1024 or above`;
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `HOST: ${config.host} is not an address of this machine; set HOST to one (0.0.0.0 for all)`;
  }
  return `PORT: cannot listen on ${config.host}:${config.port} (${(error as Error).message})`;
}

/**
 * One plain line on stderr for what the user must fix (several for a dataset, one per problem),
 * and the failure in the JSON log with its cause.
 */
function reportStartFailure(logger: Logger, error: unknown): void {
  const plain =
    error instanceof StartupError || error instanceof LocalNeo4jError || error instanceof DatasetError;
  const message = plain ? error.message : `start-up failed: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${message}\n`);
  if (plain) logger.fatal(message);
  else logger.fatal({ err: error }, 'start-up failed');
}

void main();
