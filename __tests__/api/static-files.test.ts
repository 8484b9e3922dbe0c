import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildWeb } from '../../scripts/build-web';
import type { App } from '../../src/app';
import type { Database } from '../../src/db/database';
import { staticFiles } from '../../src/http/static-files';
import { startTestApp } from '../helpers/app';
import { sharedDatabase } from '../helpers/database';

describe('the explorer served by the server', () => {
  let db: Database;
  let app: App;
  let origin: string;
  let index: string;

  beforeAll(async () => {
    buildWeb({ quiet: true });
    db = sharedDatabase();
    app = await startTestApp(db);
    origin = new URL(app.url).origin;
    index = await (await fetch(`${origin}/`)).text();
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers / and every client-side route with index.html, revalidated, under a same-origin policy', async () => {
    for (const route of [
      '/',
      '/entity/oic?at=2021-11&lang=ar',
      '/graph/oic',
      '/timeline/eu-oic-relations',
      '/path',
      '/search',
      '/source/x',
    ]) {
      const response = await fetch(`${origin}${route}`);
      expect([route, response.status]).toEqual([route, 200]);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toMatch(
        /^default-src 'self'; script-src 'self';/,
      );
      expect(await response.text()).toBe(index);
    }
    expect(index).toContain('<div id="app"></div>');
  });

  it('serves hashed assets with their type, cached for good, gzipped when asked', async () => {
    const script = /src="(\/assets\/explorer-[\w-]+\.js)"/.exec(index)![1];
    const plain = await fetch(`${origin}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await plain.arrayBuffer());
    expect(body.equals(fs.readFileSync(path.join('dist/web', script)))).toBe(true);
    const zipped = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${origin}${script}`, { headers: { 'accept-encoding': 'gzip' } }, resolve),
    );
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(body.length / 2);
    zipped.resume();
    const css = /href="(\/assets\/explorer-[\w-]+\.css)"/.exec(index)![1];
    expect((await fetch(`${origin}${css}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and a matching ETag with 304', async () => {
    const head = await fetch(`${origin}/`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(index));
    expect(await head.text()).toBe('');
    const again = await fetch(`${origin}/`, { headers: { 'if-none-match': head.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves GraphiQL at /graphiql', async () => {
    const response = await fetch(`${origin}/graphiql`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="graphiql"></div>');
  });

  it('reaches nothing outside the build and keeps the JSON 404 elsewhere', async () => {
    for (const probe of [
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e/index.html',
      '/assets/.build-hash',
      '/assets/nothing.js',
    ]) {
      const response = await fetch(`${origin}${probe}`);
      expect([probe, response.status]).toEqual([probe, 404]);
      expect(await response.text()).not.toContain('"name": "oic-knowledge-graph"');
    }
    const raw = await new Promise<{ status: number; body: string }>((resolve) => {
      // fetch normalises "..": send the path as typed.
      const request = http.request(
        { host: '127.0.0.1', port: new URL(origin).port, path: '/assets/../../package.json' },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        },
      );
      request.end();
    });
    expect(raw.status).toBe(404);
    expect(raw.body).not.toContain('oic-knowledge-graph');
    const unknown = await fetch(`${origin}/entity/a/b`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      errors: [
        { message: 'No route /entity/a/b: the API is at /graphql', extensions: { code: 'NOT_FOUND' } },
      ],
    });
  });

  it('keeps the Apollo Sandbox at /graphql for users online, with its telemetry off', async () => {
    const page = await (await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('embeddable-sandbox');
    expect(page).toContain('"runTelemetry":false');
    // Offline, the Sandbox cannot load: the page says so and leads on to GraphiQL.
    expect(page).toContain('<div class="fallback" id="sandbox-fallback" role="alert">');
    expect(page).toContain('<a href="/graphiql">Open GraphiQL</a>');
    expect(page).toMatch(/<style nonce="[0-9a-f]+">#embeddableSandbox:empty \{ display: none; \}/);
  });

  it('refuses other methods on pages', async () => {
    const response = await fetch(`${origin}/entity/oic`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to build the explorer when it is not built', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'oickg-web-'));
    const serve = staticFiles(empty);
    const server = http.createServer((request, response) => {
      void serve(request, response, new URL(request.url!, 'http://localhost'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const response = await fetch(`http://127.0.0.1:${port}/entity/oic`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(
        'The explorer is not built: run `npm run build` (npm start does), then reload. The API is at /graphql.\n',
      );
    } finally {
      server.close();
    }
  });
});
