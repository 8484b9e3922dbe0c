import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { libraryTypeDefs } from './library-typedefs';
import { TRANSACTION_TIMEOUT_MS } from './peers';

/**
 * One GraphQL server alone in a process, for the CPU breakdown (bench/cpu.ts): our server as the
 * benchmark starts it, or the Neo4j GraphQL Library as its own Apollo Server. The parent sends
 * `start` and `stop` (with a file to write the profile to) around the load it measures; the
 * answer to `stop` is the CPU time the process used between the two, so that the profile's
 * shares become milliseconds per request.
 *
 *   node dist/bench/serve.js ours|library <bolt uri> <password>
 */

type Message = { kind: 'start' } | { kind: 'stop'; profile: string } | { kind: 'exit' };

async function serve(
  system: string,
  uri: string,
  password: string,
): Promise<{ url: string; close(): Promise<void> }> {
  if (system === 'ours') {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
      RATE_LIMIT_PER_SECOND: '0',
    });
    const database = new Database(createDriver({ uri, username: 'neo4j', password }), 'neo4j', {
      transactionTimeoutMs: config.timeouts.transactionMs,
      maxRetryMs: config.timeouts.maxRetryMs,
    });
    const app = await startApp(config, database, createLogger('silent'));
    return {
      url: app.url,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  }
  const driver = createDriver({ uri, username: 'neo4j', password });
  const library = new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver });
  const apollo = new ApolloServer({ schema: await library.getSchema(), csrfPrevention: true });
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => ({
      sessionConfig: { database: 'neo4j' },
      transaction: { timeout: TRANSACTION_TIMEOUT_MS },
    }),
  });
  return {
    url,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

async function main(): Promise<void> {
  const [system, uri, password] = process.argv.slice(2);
  if (!system || !uri || !password) throw new Error('usage: serve.js ours|library <bolt uri> <password>');
  const server = await serve(system, uri, password);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // Sample every 100 µs: a request costs a few milliseconds.
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  let cpu = process.cpuUsage();
  process.on('message', (message: Message) => {
    void (async () => {
      if (message.kind === 'start') {
        await session.post('Profiler.start');
        cpu = process.cpuUsage();
        process.send!({ kind: 'started' });
      } else if (message.kind === 'stop') {
        const used = process.cpuUsage(cpu);
        const { profile } = await session.post('Profiler.stop');
        fs.writeFileSync(message.profile, JSON.stringify(profile));
        process.send!({ kind: 'stopped', cpuMs: (used.user + used.system) / 1000 });
      } else {
        await server.close();
        process.exit(0);
      }
    })();
  });
  process.send!({ kind: 'ready', url: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
