import path from 'node:path';
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
    };

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: string;
  neo4j: Neo4jTarget;
  /** Load data/ into the graph at start when it is not already there (npm run seed does it alone). */
  seedOnStart: boolean;
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

/**
 * Reads the environment once. Every problem names the variable, the expected form and what was
 * received; nothing is read from process.env anywhere else.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}: expected one of ${allowed.join(', ')}, received "${value}"`);
    return fallback;
  };
  const port = (name: string, fallback: number): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (/^\d+$/.test(value) && parsed >= 0 && parsed <= 65535) return parsed;
    problems.push(`${name}: expected a port number from 0 to 65535, received "${value}"`);
    return fallback;
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const host = text('HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    problems.push(`HOST: expected a host name or IP address such as 0.0.0.0, received "${host}"`);
  }
  const config: Config = {
    nodeEnv,
    host,
    port: port('PORT', 4000),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    neo4j: neo4jTarget(text, port, problems),
    seedOnStart: oneOf('SEED_ON_START', ['true', 'false'], 'true') === 'true',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function neo4jTarget(
  text: (name: string) => string | undefined,
  port: (name: string, fallback: number) => number,
  problems: string[],
): Neo4jTarget {
  const uri = text('NEO4J_URI');
  const username = text('NEO4J_USERNAME') ?? 'neo4j';
  const database = text('NEO4J_DATABASE') ?? 'neo4j';
  if (!DATABASE_NAME.test(database)) {
    problems.push(
      `NEO4J_DATABASE: expected a Neo4j database name (3 to 63 letters, digits, dots or dashes, ` +
        `starting with a letter), received "${database}"`,
    );
  }
  if (uri === undefined) {
    const password = text('NEO4J_PASSWORD') ?? LOCAL_PASSWORD;
    if (password.length < 8) {
      problems.push(
        `NEO4J_PASSWORD: the local Neo4j needs at least 8 characters, received ${password.length}`,
      );
    }
    if (username !== 'neo4j') {
      problems.push(`NEO4J_USERNAME: the local Neo4j has the one user "neo4j", received "${username}"`);
    }
    const home = path.resolve(projectRoot, text('NEO4J_LOCAL_DIR') ?? '.neo4j');
    return {
      kind: 'local',
      username,
      password,
      database,
      home,
      boltPort: port('NEO4J_LOCAL_BOLT_PORT', 7687),
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
    problems.push(
      `NEO4J_URI: expected a Neo4j URI such as neo4j://host:7687, neo4j+s://host or bolt://host:7687 ` +
        `(schemes: ${URI_SCHEMES.join(', ')}), received "${uri}"`,
    );
  }
  const password = text('NEO4J_PASSWORD');
  if (password === undefined) {
    problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set, received nothing');
  }
  return { kind: 'remote', uri, username, password: password ?? '', database };
}
