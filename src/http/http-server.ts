import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context';
import type { Principal } from '../auth/auth';
import { ErrorCode, UnauthenticatedError } from '../errors';
import { countComments } from '../graphql/comments';
import type { Logger } from '../logger';
import { clientOf, createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  /** Builds the per-request context: database handle, loaders, request id, principal. */
  context: (request: IncomingMessage, requestId: string, principal: Principal | null) => Promise<Context>;
  /** Who the request's API key belongs to; throws UnauthenticatedError for a key that matches none. */
  authenticate: (request: IncomingMessage) => Principal | null;
  /** Refuse requests without a key (READS_REQUIRE_KEY). */
  requireKey: boolean;
  /** True while the database answers (memoised for a second: see readiness()). */
  ready: () => Promise<boolean>;
  /** The per-client rate limit of /graphql and /export/ (off when perSecond is 0). */
  rateLimit?: RateLimitOptions;
  /** Open connections one address may hold; past it a new one is closed at once (0: no limit). */
  connectionsPerClient?: number;
  logger: Logger;
  maxBodyBytes: number;
  /**
   * The token limit (MAX_QUERY_TOKENS): a document with more comments than it is refused before
   * Apollo parses it, since graphql-js keeps every comment as a token but counts none.
   */
  maxTokens: number;
  /**
   * Routes served beside the API (the explorer's files, the exports), tried in order before the
   * 404; each answers true when it handled the request.
   */
  routes?: ExtraRoute[];
}

export type ExtraRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  requestId: string,
) => Promise<boolean>;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** The query-string parameters of a GraphQL GET request (GraphQL over HTTP, and Apollo's APQ). */
const GRAPHQL_GET_PARAMS = ['query', 'extensions', 'operationName', 'variables'];
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-debug-db, x-api-key',
  'access-control-expose-headers': 'x-request-id',
  'access-control-max-age': '600',
};

/**
 * The HTTP layer on node:http: /graphql through Apollo, /health/live and /health/ready, then the
 * extra routes (the explorer at /, /graphiql, /export/). It reads
 * request bodies itself so that an oversized one is refused with 413 before any parsing.
 */
export function createHttpServer(options: HttpOptions, server = http.createServer()): http.Server {
  const inFlight = new Set<ServerResponse>();
  const limiter = createRateLimiter(
    options.rateLimit ?? { perSecond: 0, burst: 0, trustForwardedFor: false },
  );
  const ready = readiness(options.ready);
  // A server reserved at start-up (reservePort) answered "starting" until now.
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    // Once draining, each connection serves what it has and closes: keep-alive load ends.
    if (draining.has(server)) response.setHeader('connection', 'close');
    const requestId = requestIdOf(request);
    response.setHeader('x-request-id', requestId);
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
    handle({ ...options, ready }, limiter, request, response, requestId).catch((error: unknown) => {
      options.logger.error({ err: error, requestId }, 'unhandled error in the HTTP layer');
      if (!response.headersSent)
        sendError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else response.end();
    });
  });
  limitConnections(server, options.connectionsPerClient ?? 0);
  // A slow or stalled client must not hold a connection forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  responses.set(server, inFlight);
  return server;
}

/** At most this many connections in all: below the process's file limit, with room for Neo4j's. */
export const MAX_CONNECTIONS = 10_000;

/**
 * Bounds the connections the server holds: `perClient` from one address (a new one past it is
 * closed before anything is read from it), MAX_CONNECTIONS in all. 22,000 idle connections from
 * one host took every file descriptor, and /health/live with them. Behind a proxy, the proxy is
 * one address: give it its pool's size, or 0.
 */
function limitConnections(server: http.Server, perClient: number): void {
  server.maxConnections = MAX_CONNECTIONS;
  if (perClient <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = open.get(address) ?? 0;
    if (count >= perClient) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

const draining = new WeakSet<http.Server>();
const responses = new WeakMap<http.Server, Set<ServerResponse>>();

/**
 * Graceful stop under keep-alive load: stops accepting connections, closes the idle ones, tells
 * every response still to be sent (and every request still arriving on an open connection) to
 * close its connection after it, and resolves when the last connection has closed. Past `graceMs`
 * the remaining connections are cut.
 */
export function drainHttpServer(server: http.Server, graceMs: number): Promise<void> {
  draining.add(server);
  for (const response of responses.get(server) ?? []) {
    if (!response.headersSent) response.setHeader('connection', 'close');
  }
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * The request target as a URL: a path (`/graphql?x=1`, `//`), or the absolute form a proxy may
 * send; null for anything else (`http://[`), which the caller answers with 400.
 */
export function requestUrl(target: string | undefined): URL | null {
  try {
    return target?.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target ?? '/');
  } catch {
    return null;
  }
}

/**
 * /health/ready asks Neo4j at most once a second, however many ask it: the answer of a ping is
 * shared by the requests that arrive while it is sent, and kept for a second after.
 */
function readiness(ping: () => Promise<boolean>, keepMs = 1_000): () => Promise<boolean> {
  let last: { at: number; answer: Promise<boolean> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at > keepMs) last = { at: now, answer: ping().catch(() => false) };
    return last.answer;
  };
}

async function handle(
  options: HttpOptions,
  limiter: RateLimiter,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  const url = requestUrl(request.url);
  if (!url) {
    request.resume();
    return sendError(response, 400, ErrorCode.BAD_REQUEST, 'The request target is neither a path nor a URL');
  }
  if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' });
  if (url.pathname === '/health/ready') {
    const ready = await options.ready();
    return sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', database: ready });
  }
  const limited = url.pathname === '/graphql' || url.pathname.startsWith('/export/');
  if (limited && request.method !== 'OPTIONS' && options.rateLimit) {
    const wait = limiter.take(
      clientOf(request, keyName(options, request), options.rateLimit.trustForwardedFor),
    );
    if (wait > 0) {
      request.resume();
      response.setHeader('retry-after', String(wait));
      return sendError(
        response,
        429,
        ErrorCode.RATE_LIMITED,
        `Too many requests from this client: at most ${options.rateLimit.perSecond} a second on average, ` +
          `${options.rateLimit.burst} at once; retry in ${wait} s`,
      );
    }
  }
  for (const route of options.routes ?? []) {
    if (await route(request, response, url, requestId)) return;
  }
  if (url.pathname !== '/graphql') {
    return sendError(response, 404, ErrorCode.NOT_FOUND, `No route ${url.pathname}: the API is at /graphql`);
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204);
    return void response.end();
  }
  if (request.method !== 'GET' && request.method !== 'POST') {
    response.setHeader('allow', 'GET, POST, OPTIONS');
    return sendError(
      response,
      405,
      ErrorCode.BAD_REQUEST,
      `Method ${request.method} is not allowed; use GET or POST`,
    );
  }

  let principal: Principal | null;
  try {
    principal = options.authenticate(request);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    request.resume();
    return sendError(response, 401, ErrorCode.UNAUTHENTICATED, error.message);
  }
  // The Sandbox page itself is public; every operation, by POST or GET, needs the key. A GET
  // that names nothing of an operation can only be the page (or a 400); one that carries a
  // persisted query's hash in `extensions`, without `query`, is an operation all the same.
  const landingPage =
    request.method === 'GET' && GRAPHQL_GET_PARAMS.every((name) => !url.searchParams.has(name));
  if (options.requireKey && principal === null && !landingPage) {
    request.resume();
    return sendError(
      response,
      401,
      ErrorCode.UNAUTHENTICATED,
      'This server needs an API key (Authorization: Bearer <key>).',
    );
  }

  const body = await readBody(request, options.maxBodyBytes);
  if (body.kind === 'aborted') {
    // The client went away before its body arrived: nothing to answer, nothing wrong here.
    options.logger.debug({ requestId }, 'the client closed the connection before its request body arrived');
    return;
  }
  if (body.kind === 'too-large') {
    response.setHeader('connection', 'close');
    return sendError(
      response,
      413,
      ErrorCode.PAYLOAD_TOO_LARGE,
      `Request body exceeds the limit of ${options.maxBodyBytes} bytes (received at least ${body.received})`,
    );
  }
  let parsed: unknown;
  if (body.text.length > 0 && isJson(request)) {
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return sendError(response, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid JSON');
    }
  } else {
    parsed = body.text;
  }

  const query = queryText(parsed, url);
  if (query !== null) {
    const comments = countComments(query, options.maxTokens);
    if (comments > options.maxTokens) {
      return sendError(
        response,
        400,
        ErrorCode.TOO_MANY_TOKENS,
        `The document holds more than ${options.maxTokens} comments; comments count toward the limit of ${options.maxTokens} tokens`,
      );
    }
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method, headers, search: url.search, body: parsed },
    context: () => options.context(request, requestId, principal),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') return void response.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The query text of a GraphQL request, by POST (a JSON object's `query`) or GET; null for none. */
function queryText(body: unknown, url: URL): string | null {
  if (typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string')
    return body.query;
  return url.searchParams.get('query');
}

type Body = { kind: 'ok'; text: string } | { kind: 'too-large'; received: number } | { kind: 'aborted' };

/** The name of the request's API key, or null (none, or one that matches no key). */
function keyName(options: HttpOptions, request: IncomingMessage): string | null {
  try {
    return options.authenticate(request)?.name ?? null;
  } catch {
    return null;
  }
}

/** Reads at most `limit` bytes; past it the request is abandoned, not buffered. */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.resolve({ kind: 'too-large', received: declared });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve({ kind: 'too-large', received });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    // A client that aborts its upload ends the request with an error (ECONNRESET, "aborted").
    request.on('error', () => resolve({ kind: 'aborted' }));
  });
}

function isJson(request: IncomingMessage): boolean {
  return /^application\/(graphql-response\+)?json/i.test(request.headers['content-type'] ?? '');
}

function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Takes the HTTP port before any slow start-up work (Maven, Neo4j, the dataset), so that a port
 * in use is reported at once. Until createHttpServer takes the server over, /health/live answers
 * 200 and everything else 503: the server is starting.
 */
export async function reservePort(host: string, port: number): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((request, response) => {
    if (requestUrl(request.url)?.pathname === '/health/live') {
      return sendJson(response, 200, { status: 'ok' });
    }
    response.setHeader('retry-after', '5');
    sendJson(response, 503, { status: 'starting', database: false });
  });
  return { server, url: await listen(server, host, port) };
}

/** Listens and resolves with the URL of /graphql; port 0 takes a free port (tests). */
export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${address.port}/graphql`);
    });
  });
}
