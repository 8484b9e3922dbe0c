import path from 'node:path';
import { DEFAULT_HEAP, DEFAULT_PAGE_CACHE } from './db/local-neo4j';
import { EnvReader } from './env';
import { projectRoot } from './paths';

/** Where the graph lives: a server the operator names, or the local Neo4j this project starts. */
export type Neo4jTarget =
  | { kind: 'remote'; uri: string; username: string; password: string; database: string }
  | {
      kind: 'local';
      username: string;
      password: string;
      database: string;
      home: string;
      boltPort: number;
      /** JVM heap of the local Neo4j (e.g. 1g); its transaction memory limits follow from it. */
      heap: string;
      /** Page cache of the local Neo4j (e.g. 256m): how much of the store it keeps in memory. */
      pageCache: string;
    };

export type NodeEnv = 'development' | 'production' | 'test';
export type Role = 'reader' | 'editor' | 'reviewer' | 'admin';

/** Bounds every request is checked against before any database work. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Fields selected again under one response key, and fragments merged, in one selection set. */
  maxRepeatedSelections: number;
  maxTokens: number;
  maxCost: number;
  maxPageSize: number;
  maxBodyBytes: number;
}

/** Time budgets for Neo4j, all below the HTTP request timeout so that requests fail, not hang. */
export interface DatabaseTimeouts {
  transactionMs: number;
  acquisitionMs: number;
  connectionMs: number;
  maxRetryMs: number;
}

export interface ApiKey {
  name: string;
  role: Role;
  /** SHA-256 of the key, hex; the server never holds the key itself. */
  sha256: string;
}

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: string;
  neo4j: Neo4jTarget;
  /** Load data/ into the graph at start when it is not already there (npm run seed does it alone). */
  seedOnStart: boolean;
  limits: Limits;
  timeouts: DatabaseTimeouts;
  introspection: boolean;
  /** Plan each query ahead of execution (src/graph/planner/): one round trip per root field. */
  planner: boolean;
  sandbox: boolean;
  apiKeys: ApiKey[];
  readsRequireKey: boolean;
  /** The per-client rate limit of /graphql and /export/ (src/http/rate-limit.ts). */
  rateLimit: {
    perSecond: number;
    burst: number;
    trustForwardedFor: boolean;
    /** Open connections one address may hold (0: no limit). */
    connectionsPerClient: number;
  };
}

/** Thrown once at start-up, listing every variable that is wrong, so a fix takes one round. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const URI_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
// Neo4j's own rule for database names (3 to 63 characters, starting with a letter).
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;
const LOCAL_PASSWORD = 'local-neo4j-password';
const ROLES: readonly Role[] = ['reader', 'editor', 'reviewer', 'admin'];

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxRepeatedSelections: 50,
  maxTokens: 3000,
  maxCost: 50_000,
  maxPageSize: 100,
  maxBodyBytes: 1_000_000,
};

/**
 * Reads the environment once. Every problem names the variable, the expected form and what was
 * received; nothing is read from process.env anywhere else.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = new EnvReader(env);
  const nodeEnv = read.oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = nodeEnv === 'production';
  const host = read.text('HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    read.problems.push(`HOST: expected a host name or IP address such as 0.0.0.0, received "${host}"`);
  }
  const config: Config = {
    nodeEnv,
    host,
    port: read.port('PORT', 4000),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    neo4j: neo4jTarget(read),
    seedOnStart: read.bool('SEED_ON_START', true),
    limits: {
      maxDepth: read.int('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 2, 100),
      maxAliases: read.int('MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDirectives: read.int('MAX_QUERY_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxRepeatedSelections: read.int(
        'MAX_REPEATED_SELECTIONS',
        DEFAULT_LIMITS.maxRepeatedSelections,
        0,
        1000,
      ),
      maxTokens: read.int('MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 100_000),
      maxCost: read.int('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 10, 10_000_000),
      maxPageSize: read.int('MAX_PAGE_SIZE', DEFAULT_LIMITS.maxPageSize, 1, 1000),
      maxBodyBytes: read.int('MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1000, 100_000_000),
    },
    timeouts: {
      transactionMs: read.int('NEO4J_TX_TIMEOUT_MS', 10_000, 100, 600_000),
      acquisitionMs: read.int('NEO4J_ACQUISITION_TIMEOUT_MS', 5_000, 100, 600_000),
      connectionMs: read.int('NEO4J_CONNECTION_TIMEOUT_MS', 3_000, 100, 600_000),
      maxRetryMs: read.int('NEO4J_MAX_RETRY_MS', 3_000, 0, 600_000),
    },
    introspection: read.bool('GRAPHQL_INTROSPECTION', !production),
    planner: read.bool('GRAPHQL_PLANNER', true),
    sandbox: read.bool('GRAPHQL_SANDBOX', !production),
    apiKeys: apiKeys(read),
    readsRequireKey: read.bool('READS_REQUIRE_KEY', false),
    rateLimit: {
      // Off by default in tests, which send bursts on purpose; on everywhere else.
      perSecond: read.int('RATE_LIMIT_PER_SECOND', nodeEnv === 'test' ? 0 : 50, 0, 1_000_000),
      burst: read.int('RATE_LIMIT_BURST', 100, 1, 1_000_000),
      trustForwardedFor: read.bool('TRUST_PROXY', false),
      connectionsPerClient: read.int('MAX_CONNECTIONS_PER_CLIENT', 128, 0, 1_000_000),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/** API_KEYS: comma-separated name:role:sha256hex entries (npm run apikey makes one). */
function apiKeys(read: EnvReader): ApiKey[] {
  const value = read.text('API_KEYS');
  if (value === undefined) return [];
  return value.split(',').flatMap((entry) => {
    const [name, role, sha256] = entry.trim().split(':');
    if (!name || !ROLES.includes(role as Role) || !/^[0-9a-f]{64}$/.test(sha256 ?? '')) {
      read.problems.push(
        `API_KEYS: expected comma-separated name:role:sha256 entries (role one of ${ROLES.join(', ')}, sha256 as 64 hex digits), received "${entry.trim().slice(0, 40)}"`,
      );
      return [];
    }
    return [{ name, role: role as Role, sha256 }];
  });
}

/** A memory size as Java and Neo4j both read it: a whole number with k, m or g (512m, 2g). */
function memorySize(read: EnvReader, name: string, fallback: string): string {
  const value = read.text(name);
  if (value === undefined) return fallback;
  if (/^[1-9]\d*[kmg]$/i.test(value)) return value.toLowerCase();
  read.problems.push(`${name}: expected a size such as 512m or 2g, received "${value}"`);
  return fallback;
}

function neo4jTarget(read: EnvReader): Neo4jTarget {
  const uri = read.text('NEO4J_URI');
  const username = read.text('NEO4J_USERNAME') ?? 'neo4j';
  const database = read.text('NEO4J_DATABASE') ?? 'neo4j';
  if (!DATABASE_NAME.test(database)) {
    read.problems.push(
      `NEO4J_DATABASE: expected a Neo4j database name (3 to 63 letters, digits, dots or dashes, ` +
        `starting with a letter), received "${database}"`,
    );
  }
  if (uri === undefined) {
    const password = read.text('NEO4J_PASSWORD') ?? LOCAL_PASSWORD;
    if (password.length < 8) {
      read.problems.push(
        `NEO4J_PASSWORD: the local Neo4j needs at least 8 characters, received ${password.length}`,
      );
    }
    if (username !== 'neo4j') {
      read.problems.push(`NEO4J_USERNAME: the local Neo4j has the one user "neo4j", received "${username}"`);
    }
    const home = path.resolve(projectRoot, read.text('NEO4J_LOCAL_DIR') ?? '.neo4j');
    return {
      kind: 'local',
      username,
      password,
      database,
      home,
      boltPort: read.port('NEO4J_LOCAL_BOLT_PORT', 7687),
      heap: memorySize(read, 'NEO4J_LOCAL_HEAP', DEFAULT_HEAP),
      pageCache: memorySize(read, 'NEO4J_LOCAL_PAGECACHE', DEFAULT_PAGE_CACHE),
    };
  }
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  let parsedHost = '';
  try {
    parsedHost = new URL(uri).hostname;
  } catch {
    parsedHost = '';
  }
  if (scheme === undefined || !URI_SCHEMES.includes(scheme) || parsedHost === '') {
    read.problems.push(
      `NEO4J_URI: expected a Neo4j URI such as neo4j://host:7687, neo4j+s://host or bolt://host:7687 ` +
        `(schemes: ${URI_SCHEMES.join(', ')}), received "${uri}"`,
    );
  }
  const password = read.text('NEO4J_PASSWORD');
  if (password === undefined) {
    read.problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set, received nothing');
  }
  return { kind: 'remote', uri, username, password: password ?? '', database };
}
