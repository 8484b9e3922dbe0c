import 'reflect-metadata';
import { startApp, type App } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createDriver, Database } from './db/database';
import { LocalNeo4j, LocalNeo4jError } from './db/local-neo4j';
import { applySchema } from './db/schema';
import { seedGraph } from './dataset/seed';
import { DatasetError } from './dataset/validate';
import { createLogger, type Logger } from './logger';

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
  const logger = createLogger(config.logLevel);
  const resources: { local?: LocalNeo4j; database?: Database; app?: App } = {};
  let shuttingDown = false;

  const shutdown = async (reason: string, exitCode: number): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 30 s; exiting');
      process.exit(exitCode || 1);
    }, 30_000);
    force.unref();
    await resources.app?.close().catch((err: unknown) => logger.error({ err }, 'closing the HTTP server'));
    logger.debug('HTTP server closed');
    await resources.database?.close().catch((err: unknown) => logger.error({ err }, 'closing the driver'));
    logger.debug('driver closed');
    await resources.local?.stop().catch((err: unknown) => logger.error({ err }, 'stopping the local Neo4j'));
    logger.info('stopped');
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
      { transactionTimeoutMs: config.timeouts.transactionMs, logger },
    );
    await resources.database.driver.verifyConnectivity({ database: target.database });
    await applySchema(resources.database);
    if (config.seedOnStart) {
      const report = await seedGraph(resources.database);
      logger.info(
        { dataset: report },
        report.written ? 'loaded the curated dataset' : 'the graph holds the curated dataset',
      );
    }
    resources.app = await startApp(config, resources.database, logger);
    logger.info(
      { url: resources.app.url, neo4j: uri, database: target.database, neo4jPid: resources.local?.pid },
      `serving GraphQL at ${resources.app.url}`,
    );
  } catch (error) {
    logStartFailure(logger, error);
    await shutdown('start-up failed', 1);
  }
}

function logStartFailure(logger: Logger, error: unknown): void {
  if (error instanceof LocalNeo4jError || error instanceof DatasetError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'start-up failed');
}

void main();
