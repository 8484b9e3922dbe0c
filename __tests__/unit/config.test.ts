import path from 'node:path';
import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../src/config';
import { projectRoot } from '../../src/paths';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('defaults to the local Neo4j in the project folder and port 4000', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      neo4j: {
        kind: 'local',
        username: 'neo4j',
        password: 'local-neo4j-password',
        database: 'neo4j',
        home: path.join(projectRoot, '.neo4j'),
        boltPort: 7687,
        heap: '1g',
        pageCache: '256m',
      },
      seedOnStart: true,
      limits: DEFAULT_LIMITS,
      timeouts: { transactionMs: 10_000, acquisitionMs: 5_000, connectionMs: 3_000, maxRetryMs: 3_000 },
      introspection: true,
      planner: true,
      sandbox: true,
      apiKeys: [],
      readsRequireKey: false,
      rateLimit: { perSecond: 50, burst: 100, trustForwardedFor: false, connectionsPerClient: 128 },
    });
  });

  it('limits each client’s rate outside tests, unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).rateLimit.perSecond).toBe(50);
    expect(loadConfig({ NODE_ENV: 'test' }).rateLimit.perSecond).toBe(0);
    expect(
      loadConfig({
        RATE_LIMIT_PER_SECOND: '5',
        RATE_LIMIT_BURST: '20',
        TRUST_PROXY: 'true',
        MAX_CONNECTIONS_PER_CLIENT: '0',
      }).rateLimit,
    ).toEqual({ perSecond: 5, burst: 20, trustForwardedFor: true, connectionsPerClient: 0 });
    expect(() => loadConfig({ RATE_LIMIT_BURST: '0' })).toThrow(/RATE_LIMIT_BURST/);
  });

  it('plans queries ahead unless GRAPHQL_PLANNER=false, to compare with the resolvers alone', () => {
    expect([
      loadConfig({ GRAPHQL_PLANNER: 'false' }).planner,
      loadConfig({ GRAPHQL_PLANNER: 'true' }).planner,
    ]).toEqual([false, true]);
  });

  it('turns introspection and the Sandbox off in production unless asked for', () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    expect([production.introspection, production.sandbox]).toEqual([false, false]);
    const opened = loadConfig({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_SANDBOX: 'true',
    });
    expect([opened.introspection, opened.sandbox]).toEqual([true, true]);
  });

  it('reads limits and API keys, and says what is wrong with them', () => {
    const hash = 'a'.repeat(64);
    const config = loadConfig({
      MAX_QUERY_DEPTH: '8',
      MAX_PAGE_SIZE: '50',
      API_KEYS: `alice:editor:${hash}, bob:admin:${hash}`,
    });
    expect(config.limits).toMatchObject({ maxDepth: 8, maxPageSize: 50 });
    expect(config.apiKeys).toEqual([
      { name: 'alice', role: 'editor', sha256: hash },
      { name: 'bob', role: 'admin', sha256: hash },
    ]);
    expect(problemsOf({ MAX_QUERY_DEPTH: '1', API_KEYS: 'carol:owner:xyz' })).toEqual([
      'MAX_QUERY_DEPTH: expected a whole number from 2 to 100, received "1"',
      'API_KEYS: expected comma-separated name:role:sha256 entries (role one of reader, editor, reviewer, admin, sha256 as 64 hex digits), received "carol:owner:xyz"',
    ]);
  });

  it('targets the named server when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://cluster.example.org',
      NEO4J_USERNAME: 'analyst',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'oic',
      PORT: '8080',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
    });
    expect(config.neo4j).toEqual({
      kind: 'remote',
      uri: 'neo4j+s://cluster.example.org',
      username: 'analyst',
      password: 'secret',
      database: 'oic',
    });
    expect([config.port, config.host, config.nodeEnv]).toEqual([8080, '0.0.0.0', 'production']);
  });

  it('names each bad variable, the expected form and what it received, all at once', () => {
    expect(
      problemsOf({ NEO4J_URI: 'http://db:7474', PORT: 'eighty', NODE_ENV: 'prod', NEO4J_DATABASE: '1x' }),
    ).toEqual([
      'NODE_ENV: expected one of development, production, test, received "prod"',
      'PORT: expected a port number from 0 to 65535, received "eighty"',
      'NEO4J_DATABASE: expected a Neo4j database name (3 to 63 letters, digits, dots or dashes, starting with a letter), received "1x"',
      'NEO4J_URI: expected a Neo4j URI such as neo4j://host:7687, neo4j+s://host or bolt://host:7687 (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc), received "http://db:7474"',
      'NEO4J_PASSWORD: required when NEO4J_URI is set, received nothing',
    ]);
  });

  it('refuses a local password Neo4j would refuse', () => {
    expect(problemsOf({ NEO4J_PASSWORD: 'short' })).toEqual([
      'NEO4J_PASSWORD: the local Neo4j needs at least 8 characters, received 5',
    ]);
  });

  it('reads the local Neo4j heap and page cache sizes, and refuses what Java would not take', () => {
    const target = loadConfig({ NEO4J_LOCAL_HEAP: '4G', NEO4J_LOCAL_PAGECACHE: '1536m' }).neo4j;
    expect(target).toMatchObject({ kind: 'local', heap: '4g', pageCache: '1536m' });
    expect(problemsOf({ NEO4J_LOCAL_HEAP: '4 GB', NEO4J_LOCAL_PAGECACHE: '0m' })).toEqual([
      'NEO4J_LOCAL_HEAP: expected a size such as 512m or 2g, received "4 GB"',
      'NEO4J_LOCAL_PAGECACHE: expected a size such as 512m or 2g, received "0m"',
    ]);
  });

  it('refuses out-of-range ports', () => {
    expect(problemsOf({ PORT: '70000', NEO4J_LOCAL_BOLT_PORT: '-1' })).toEqual([
      'PORT: expected a port number from 0 to 65535, received "70000"',
      'NEO4J_LOCAL_BOLT_PORT: expected a port number from 0 to 65535, received "-1"',
    ]);
  });
});
