import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The explorer's built files (dist/web, from web/ by `npm run build`): hashed assets under
 * /assets/ cached for good, the pages (index.html for every client-side route, graphiql.html)
 * revalidated on every load, so a new build shows at once. Only names the build can produce are
 * served, so no request reaches outside the folder.
 */

/** The explorer's client-side routes (web/src/router.ts): each is answered with index.html. */
export const CLIENT_ROUTES = /^\/(?:|search|path|(?:entity|graph|timeline|source)\/[^/]+|bench\/graph)\/?$/;
const ASSET = /^\/assets\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * Everything the page loads comes from this origin: the policy makes the browser refuse anything
 * else (a CDN script, a web font, a beacon). Inline styles are allowed for the graph library and
 * GraphiQL; GraphiQL's bundled fonts are data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
}

export interface StaticFiles {
  /** Answers the request when it names a page or an asset of the explorer; false otherwise. */
  (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean>;
}

export function staticFiles(root: string): StaticFiles {
  const cache = new Map<string, CachedFile>();

  async function read(file: string): Promise<CachedFile | null> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    const body = await fs.readFile(file);
    const entry: CachedFile = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      body,
      gzip: COMPRESSIBLE.has(path.extname(file)) && body.length > 1024 ? gzipSync(body, { level: 9 }) : null,
      etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    };
    cache.set(file, entry);
    return entry;
  }

  return async (request, response, url) => {
    const pathname = url.pathname;
    let file: string;
    let immutable = false;
    if (ASSET.test(pathname)) {
      file = path.join(root, 'assets', path.basename(pathname));
      immutable = true;
    } else if (pathname === '/graphiql' || pathname === '/graphiql/') {
      file = path.join(root, 'graphiql.html');
    } else if (CLIENT_ROUTES.test(pathname)) {
      file = path.join(root, 'index.html');
    } else {
      return false;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Method ${request.method} is not allowed; use GET\n`);
      return true;
    }
    const found = await read(file);
    if (!found) {
      const page = !immutable;
      response.writeHead(page ? 503 : 404, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(
        page
          ? 'The explorer is not built: run `npm run build` (npm start does), then reload. The API is at /graphql.\n'
          : `No asset ${pathname}\n`,
      );
      return true;
    }
    const extension = path.extname(file);
    const headers: Record<string, string | number> = {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: found.etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    };
    if (extension === '.html') {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['referrer-policy'] = 'no-referrer';
    }
    if (request.headers['if-none-match'] === found.etag) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    const gzip = found.gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? found.gzip! : found.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
