import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
  type SessionConfig,
} from 'neo4j-driver';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { cypher } from '../src/db/queries';
import { createLogger } from '../src/logger';
import { libraryTypeDefs } from './library-typedefs';
import type { GraphQLRequest, LibraryVariant, Row, Scenario } from './scenarios';

/** Every system's budget for one request: our server's default transaction timeout. */
export const TRANSACTION_TIMEOUT_MS = 10_000;
/** How long the client waits for an HTTP answer before it gives up on a request. */
const CLIENT_TIMEOUT_MS = 60_000;

/** One Cypher statement a request ran, with its parameters, for PROFILE. */
export interface Statement {
  text: string;
  params: Row;
  /** Our server's name for it (a cypher/ file, or what the planner or a builder calls it). */
  name?: string;
}

/** The ping our Database sends when a query is slow, to tell a hung Neo4j: no part of the request. */
const PING = cypher('db/ping').text;

/** A request that failed: the error codes it got (GraphQL extensions.code, Neo4j's code), and a message. */
export class AskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AskError';
  }
}

/** One system under test: our server (planner on or off), the library through one of its mappings, or raw Cypher. */
export interface Peer {
  key: 'ours' | 'ours-unplanned' | 'library' | 'library-generic' | 'cypher';
  label: string;
  /** Whether the scenario can be asked of this peer at all. */
  supports(scenario: Scenario): boolean;
  /** Why asking it is too slow to time by default, or null. */
  slow(scenario: Scenario): string | null;
  /** Asks the scenario once and returns the answer's data (rows for Cypher); throws an AskError on any error. */
  ask(scenario: Scenario): Promise<unknown>;
  /**
   * Asks once more, counting the Cypher statements the request ran (and recording them when it
   * can, named as the server names them in extensions.db.statements).
   */
  count(scenario: Scenario): Promise<{ data: unknown; cypherQueries: number; statements?: Statement[] }>;
  facts(scenario: Scenario, data: unknown): string[];
  close(): Promise<void>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { db?: { roundTrips: number; records: number; statements?: string[] } };
}

/** POSTs a GraphQL request (fetch keeps connections alive); any error becomes an AskError with its codes. */
export async function post(url: string, request: GraphQLRequest, headers: Record<string, string> = {}) {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new AskError(timedOut ? 'CLIENT_TIMEOUT' : 'FETCH_FAILED', (error as Error).message);
  }
  const body = (await response.json()) as GraphQLResponse;
  if (response.status !== 200 || body.errors?.length) {
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'))];
    throw new AskError(
      codes.join(',') || `HTTP_${response.status}`,
      `HTTP ${response.status}: ${(body.errors ?? [])
        .map((e) => e.message)
        .join('; ')
        .slice(0, 300)}`,
    );
  }
  return body;
}

export interface Neo4jAccess {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Every peer gets its own driver (its own connection pool), made as our server makes its own. */
const driverOf = (neo: Neo4jAccess): Driver =>
  createDriver({ uri: neo.uri, username: neo.username, password: neo.password });

/**
 * A driver look-alike whose sessions hand out transactions that record each statement they run
 * while `statements` is set (one counting request at a time), for PROFILE and for counting.
 */
function recordingDriver(driver: Driver, sink: () => Statement[] | null): Driver {
  const record = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver);
        return (query: string, parameters?: Row) => {
          sink()?.push({ text: query, params: parameters ?? {} });
          return target.run(query, parameters);
        };
      },
    });
  // Only while a statement is being recorded is a session wrapped: the proxies would cost every
  // other request something the library's requests do not pay.
  const session = (config?: SessionConfig): Session => {
    const raw = driver.session(config);
    if (!sink()) return raw;
    return new Proxy(raw, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: unknown) =>
            target[property]((tx) => work(record(tx)), txConfig as never);
        }
        if (property === 'run') {
          // Auto-commit statements (our server's reads).
          return (query: string, parameters?: Row, txConfig?: unknown) => {
            sink()?.push({ text: query, params: parameters ?? {} });
            return target.run(query, parameters, txConfig as never);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return session;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * (a) Our server, over HTTP, as `npm start` runs it (test mode: x-debug-db is honoured), twice:
 * with the look-ahead planner on and off (GRAPHQL_PLANNER=true|false), two configurations that
 * differ in that alone. `plannerSwitch` confirms the configuration read the switch.
 */
export async function startOurs(neo: Neo4jAccess): Promise<{ peers: Peer[]; plannerSwitch: boolean }> {
  const configOf = (planner: 'on' | 'off') =>
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      NEO4J_DATABASE: neo.database,
      GRAPHQL_PLANNER: planner === 'on' ? 'true' : 'false',
    });
  const plannerSwitch = configOf('on').planner && !configOf('off').planner;
  const peers: Peer[] = [];
  for (const [planner, key, label] of [
    ['on', 'ours', 'our server, planner on'],
    ['off', 'ours-unplanned', 'our server, planner off'],
  ] as const) {
    const config = configOf(planner);
    let statements: Statement[] | null = null;
    const driver = recordingDriver(
      createDriver({
        uri: neo.uri,
        username: neo.username,
        password: neo.password,
        connectionAcquisitionTimeoutMs: config.timeouts.acquisitionMs,
        connectionTimeoutMs: config.timeouts.connectionMs,
        maxTransactionRetryTimeMs: config.timeouts.maxRetryMs,
      }),
      () => statements,
    );
    const database = new Database(driver, neo.database, {
      transactionTimeoutMs: config.timeouts.transactionMs,
      maxRetryMs: config.timeouts.maxRetryMs,
    });
    // BENCH_SERVER_LOG=warn (or any level) shows what our server logs, on stderr.
    const app = await startApp(
      config,
      database,
      createLogger(process.env.BENCH_SERVER_LOG ?? 'silent', process.stderr),
    );
    peers.push({
      key,
      label,
      supports: () => true,
      slow: () => null,
      ask: async (scenario) => (await post(app.url, scenario.ours)).data,
      async count(scenario) {
        statements = [];
        try {
          const body = await post(app.url, scenario.ours, { 'x-debug-db': '1' });
          const db = body.extensions?.db;
          if (!db) throw new Error('our server did not report extensions.db for x-debug-db: 1');
          // The statements recorded at the driver are those the server counted, in its order.
          const sent = statements.filter((statement) => statement.text !== PING);
          const names = db.statements ?? [];
          const named =
            names.length === sent.length
              ? sent.map((statement, i) => ({ ...statement, name: names[i] }))
              : sent;
          return { data: body.data, cypherQueries: db.roundTrips, statements: named };
        } finally {
          statements = null;
        }
      },
      facts: (scenario, data) => scenario.facts.ours(data),
      async close() {
        await app.close();
        await database.close();
      },
    });
  }
  return { peers, plannerSwitch };
}

/**
 * (b) The Neo4j GraphQL Library over the same Neo4j, as its own Apollo Server over HTTP; asked
 * through the kind types and Entity interface (one peer), or through AnyEntity (another). Its
 * transactions get the same time budget as ours.
 */
export async function startLibrary(neo: Neo4jAccess): Promise<Peer[]> {
  const driver = driverOf(neo);
  const library = new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver });
  const apollo = new ApolloServer({
    schema: await library.getSchema(),
    csrfPrevention: true,
    // run.ts owns the signals: Apollo's own handler would re-raise SIGINT before Neo4j is stopped.
    stopOnTerminationSignals: false,
  });
  let statements: Statement[] | null = null;
  const recording = recordingDriver(driver, () => statements);
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => ({
      sessionConfig: { database: neo.database },
      transaction: { timeout: TRANSACTION_TIMEOUT_MS },
      ...(req.headers['x-record-cypher'] === '1' ? { executionContext: recording } : {}),
    }),
  });
  let closed = false;
  const peer = (variant: LibraryVariant, key: Peer['key'], label: string): Peer => {
    const request = (scenario: Scenario): GraphQLRequest => {
      const found = scenario.library[variant];
      if (!found) throw new Error(`${scenario.title}: no ${variant} query for the library`);
      return found;
    };
    return {
      key,
      label,
      supports: (scenario) => scenario.library[variant] !== undefined,
      slow: (scenario) => scenario.library[variant]?.slow ?? null,
      ask: async (scenario) => (await post(url, request(scenario))).data,
      async count(scenario) {
        statements = [];
        try {
          const body = await post(url, request(scenario), { 'x-record-cypher': '1' });
          return { data: body.data, cypherQueries: statements.length, statements };
        } finally {
          statements = null;
        }
      },
      facts: (scenario, data) => scenario.facts.library(data),
      async close() {
        if (closed) return;
        closed = true;
        await apollo.stop();
        await driver.close();
      },
    };
  };
  return [
    peer('typed', 'library', '@neo4j/graphql, kind types + Entity interface'),
    peer('generic', 'library-generic', '@neo4j/graphql, one generic AnyEntity type'),
  ];
}

/** (c) The floor: the scenario's hand-written Cypher through the driver, one query, no HTTP. */
export async function startCypher(neo: Neo4jAccess): Promise<Peer[]> {
  const driver = driverOf(neo);
  const ask = async (scenario: Scenario): Promise<Row[]> => {
    // Auto-commit: one statement, no retries (the driver's managed transactions would retry a
    // memory-limit error, which our server does not).
    const session = driver.session({ database: neo.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(scenario.cypher.text, scenario.cypher.params, {
        timeout: TRANSACTION_TIMEOUT_MS,
      });
      return result.records.map((record) => record.toObject() as Row);
    } catch (error) {
      if (error instanceof Neo4jError) throw new AskError(error.code, error.message.slice(0, 300));
      throw error;
    } finally {
      await session.close();
    }
  };
  return [
    {
      key: 'cypher',
      label: 'raw Cypher (driver, no HTTP)',
      supports: () => true,
      slow: () => null,
      ask,
      count: async (scenario) => ({
        data: await ask(scenario),
        cypherQueries: 1,
        statements: [{ text: scenario.cypher.text, params: scenario.cypher.params }],
      }),
      facts: (scenario, data) => scenario.facts.cypher(data as Row[]),
      close: () => driver.close(),
    },
  ];
}
