import { startApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';

/** The real server on a free port over the given database. */
export async function startTestApp(db: Database, overrides: Partial<Config> = {}): Promise<App> {
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: 'bolt://unused', NEO4J_PASSWORD: 'unused' }),
    ...overrides,
  };
  return startApp(config, db, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: Record<string, any> }>;
    extensions?: Record<string, any>;
  };
}

/** POSTs a GraphQL operation over HTTP, as a client would. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse['body'],
  };
}
