import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { createLogger } from '../src/logger';
import { libraryTypeDefs } from './library-typedefs';
import type { GraphQLRequest, LibraryVariant, Row, Scenario } from './scenarios';

/** One system under test: our server, the library through one of its two mappings, or raw Cypher. */
export interface Peer {
  key: 'ours' | 'library' | 'library-generic' | 'cypher';
  label: string;
  /** Whether the scenario can be asked of this peer at all. */
  supports(scenario: Scenario): boolean;
  /** Why asking it is too slow to time by default, or null. */
  slow(scenario: Scenario): string | null;
  /** Asks the scenario once and returns the answer's data (rows for Cypher); throws on any error. */
  ask(scenario: Scenario): Promise<unknown>;
  /** Asks once more, counting the Cypher queries the request cost. */
  count(scenario: Scenario): Promise<{ data: unknown; cypherQueries: number; cypher?: string[] }>;
  facts(scenario: Scenario, data: unknown): string[];
  close(): Promise<void>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message: string }>;
  extensions?: { db?: { roundTrips: number; records: number } };
}

/** POSTs a GraphQL request (fetch keeps connections alive) and fails on any error. */
async function post(url: string, request: GraphQLRequest, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as GraphQLResponse;
  if (response.status !== 200 || body.errors?.length) {
    throw new Error(`HTTP ${response.status} from ${url}: ${JSON.stringify(body.errors ?? body)}`);
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

/** (a) Our server, over HTTP, as `npm start` runs it (test mode: x-debug-db is honoured). */
export async function startOurs(neo: Neo4jAccess): Promise<Peer[]> {
  const database = new Database(driverOf(neo), neo.database);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    NEO4J_URI: 'bolt://unused',
    NEO4J_PASSWORD: 'unused',
  });
  const app = await startApp(config, database, createLogger('silent'));
  return [
    {
      key: 'ours',
      label: 'our server',
      supports: () => true,
      slow: () => null,
      ask: async (scenario) => (await post(app.url, scenario.ours)).data,
      async count(scenario) {
        const body = await post(app.url, scenario.ours, { 'x-debug-db': '1' });
        const db = body.extensions?.db;
        if (!db) throw new Error('our server did not report extensions.db for x-debug-db: 1');
        return { data: body.data, cypherQueries: db.roundTrips };
      },
      facts: (scenario, data) => scenario.facts.ours(data),
      async close() {
        await app.close();
        await database.close();
      },
    },
  ];
}

/**
 * A driver look-alike that hands the library sessions whose transactions record each Cypher
 * statement: used only for the counting request, so the timed requests use the plain driver.
 */
function recordingDriver(driver: Driver, statements: string[]) {
  const record = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver);
        return (query: string, parameters?: Row) => {
          statements.push(query);
          return target.run(query, parameters);
        };
      },
    });
  return {
    session(config?: SessionConfig): Session {
      const session = driver.session(config);
      return new Proxy(session, {
        get(target, property, receiver) {
          if (property === 'executeRead' || property === 'executeWrite') {
            return <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
              target[property]((tx) => work(record(tx)));
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function'
            ? (value as (...args: unknown[]) => unknown).bind(target)
            : value;
        },
      });
    },
  };
}

/**
 * (b) The Neo4j GraphQL Library over the same Neo4j, as its own Apollo Server over HTTP; asked
 * through the kind types and Entity interface (one peer), or through AnyEntity (another).
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
  let statements: string[] | null = null;
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => ({
      sessionConfig: { database: neo.database },
      ...(req.headers['x-record-cypher'] === '1' && statements
        ? { executionContext: recordingDriver(driver, statements) }
        : {}),
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
          return { data: body.data, cypherQueries: statements.length, cypher: statements };
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
    const result = await driver.executeQuery(scenario.cypher.text, scenario.cypher.params, {
      database: neo.database,
      routing: neo4j.routing.READ,
    });
    return result.records.map((record) => record.toObject() as Row);
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
        cypher: [scenario.cypher.text],
      }),
      facts: (scenario, data) => scenario.facts.cypher(data as Row[]),
      close: () => driver.close(),
    },
  ];
}
