import { createHash } from 'node:crypto';
import http from 'node:http';
import { startApp, type App } from '../../../src/app';
import { DEFAULT_LIMITS, loadConfig } from '../../../src/config';
import type { Database } from '../../../src/db/database';
import { capturingLogger } from '../../helpers/capture';
import { sharedDatabase } from '../../helpers/database';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `query B { ...Fn }` where each fragment spreads the one below it twice: 2^n uses of F0 in ~40 bytes per level. */
function fragmentBomb(n: number): string {
  let text = `query B { ...F${n} } fragment F0 on Query { about { entityCount } } `;
  for (let i = 1; i <= n; i++) text += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} } `;
  return text;
}

interface Measured {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  text: string;
  cpuMs: number;
  wallMs: number;
}

/**
 * Hostile requests against the real server, one at a time so that the process's CPU time around a
 * request is that request's (the server runs in this process). Every refusal is coded, cheap, and
 * logged below error level; the worst CPU time of any refusal is printed at the end.
 */
describe('hostile requests', () => {
  let db: Database;
  let app: App;
  const { logger, lines } = capturingLogger('debug');
  const refusals: Array<{ what: string; cpuMs: number; wallMs: number }> = [];

  beforeAll(async () => {
    db = sharedDatabase();
    // Production, as attackers meet it: no stack traces in the answers.
    app = await startApp(
      loadConfig({ NODE_ENV: 'production', PORT: '0', NEO4J_URI: 'bolt://unused', NEO4J_PASSWORD: 'unused' }),
      db,
      logger,
    );
    // The first requests of a process compile the code they run; measure the steady state.
    for (const query of [
      '{ about { entityCount } }',
      fragmentBomb(12),
      `{ ${'about { entityCount } '.repeat(60)}}`,
    ]) {
      await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    }
  });
  afterAll(async () => {
    const worst = refusals.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), refusals[0]);
    process.stderr.write(
      `hostile: ${refusals.length} refusals; worst CPU ${worst?.cpuMs.toFixed(1)} ms (${worst?.what}, wall ${worst?.wallMs.toFixed(1)} ms); ` +
        `all: ${refusals.map((r) => `${r.what} ${r.cpuMs.toFixed(1)}`).join(', ')}\n`,
    );
    await app.close();
    await db.close();
  });

  async function send(
    what: string,
    init: { method?: string; body?: unknown; search?: string; headers?: Record<string, string> },
  ): Promise<Measured> {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await fetch(`${app.url}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': what.replace(/[^A-Za-z0-9._-]/g, '-'),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    const used = process.cpuUsage(cpu);
    const measured: Measured = {
      status: response.status,
      body: JSON.parse(text),
      text,
      cpuMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - started,
    };
    if (measured.status >= 400 || measured.body.errors) refusals.push({ what, ...measured });
    return measured;
  }

  /** A refusal is coded, costs little, and leaves no line at error level in the log. */
  function expectCheapRefusal(what: string, measured: Measured) {
    expect(measured.cpuMs).toBeLessThan(1_000);
    const requestId = what.replace(/[^A-Za-z0-9._-]/g, '-');
    expect(lines.filter((line) => line.requestId === requestId && line.level >= 50)).toEqual([]);
  }

  describe('fragment bombs', () => {
    it('answers a small one, whose cost is within the budget', async () => {
      const small = await send('bomb-10', { body: { query: fragmentBomb(10) } });
      expect(small.status).toBe(200);
      expect(small.body).toEqual({ data: { about: { entityCount: expect.any(Number) } } });
    });

    it.each([16, 20, 24, 30, 40])(
      'refuses one of %i levels at once, by its cost counted once per fragment, while /health/live answers',
      async (n) => {
        const live = fetch(app.url.replace('/graphql', '/health/live'));
        const bomb = await send(`bomb-${n}`, { body: { query: fragmentBomb(n) } });
        const started = performance.now();
        expect((await live).status).toBe(200);
        expect(performance.now() - started).toBeLessThan(1_000);
        expect(bomb.status).toBe(400);
        // F0 costs 2 (about and its field); each level doubles it.
        expect(bomb.body.errors).toEqual([
          {
            message: `Query cost ${2 ** (n + 1)} exceeds the limit of ${DEFAULT_LIMITS.maxCost}`,
            extensions: { code: 'QUERY_TOO_COSTLY', limit: DEFAULT_LIMITS.maxCost, received: 2 ** (n + 1) },
          },
        ]);
        expectCheapRefusal(`bomb-${n}`, bomb);
      },
    );

    it('measures depth, aliases and directives of a bomb once per fragment too', async () => {
      let deep = 'fragment D0 on Organization { id } ';
      for (let i = 1; i <= 30; i++)
        deep += `fragment D${i} on Organization { parent { ...D${i - 1} } parent { ...D${i - 1} } } `;
      const refused = await send('deep-bomb', {
        body: { query: `{ organizations(first: 1) { nodes { ...D30 } } } ${deep}` },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].extensions).toEqual({
        code: 'QUERY_TOO_DEEP',
        limit: DEFAULT_LIMITS.maxDepth,
        received: 33,
      });
      expectCheapRefusal('deep-bomb', refused);
    });
  });

  describe('documents that are cheap to send and dear to validate', () => {
    it('refuses a field repeated 740 times before validating it', async () => {
      const refused = await send('repeated-740', {
        body: { query: `{ ${'about { entityCount } '.repeat(740)}}` },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        {
          message: `Number of repeated selections 739 exceeds the limit of ${DEFAULT_LIMITS.maxRepeatedSelections}`,
          extensions: {
            code: 'TOO_MANY_REPEATED_SELECTIONS',
            limit: DEFAULT_LIMITS.maxRepeatedSelections,
            received: 739,
          },
        },
      ]);
      expectCheapRefusal('repeated-740', refused);
    });

    it('refuses before validation: an unknown field in a refused document is not even looked at', async () => {
      const refused = await send('repeated-unknown', {
        body: { query: `{ nonsense ${'about { entityCount } '.repeat(60)}}` },
      });
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_REPEATED_SELECTIONS']);
    });

    it('refuses repeats nested in repeats, and many fragments merged into one selection', async () => {
      let nested = 'id';
      for (let i = 0; i < 8; i++) nested = `parent { ${nested} } parent { ${nested} }`;
      const deep = await send('nested-repeats', {
        body: { query: `{ organizations(first: 1) { nodes { ${nested} } } }` },
      });
      expect(deep.body.errors?.[0].extensions).toEqual({
        code: 'TOO_MANY_REPEATED_SELECTIONS',
        limit: DEFAULT_LIMITS.maxRepeatedSelections,
        received: 255,
      });
      expectCheapRefusal('nested-repeats', deep);
      const spreads = Array.from({ length: 200 }, (_, i) => `...G${i}`).join(' ');
      const fragments = Array.from(
        { length: 200 },
        (_, i) => `fragment G${i} on Query { about { entityCount } }`,
      ).join(' ');
      const merged = await send('merged-fragments', { body: { query: `{ ${spreads} } ${fragments}` } });
      expect(merged.body.errors?.[0].extensions).toEqual({
        code: 'TOO_MANY_REPEATED_SELECTIONS',
        limit: DEFAULT_LIMITS.maxRepeatedSelections,
        received: 199,
      });
      expectCheapRefusal('merged-fragments', merged);
    });

    it('lets the usual repeats through: one field per concrete type of an interface', async () => {
      const kinds = ['Person', 'Position', 'Organization', 'Organ', 'Committee', 'Mission', 'Event', 'Place'];
      const perKind = kinds.map((kind) => `... on ${kind} { id name }`).join(' ');
      const answered = await send('per-kind', { body: { query: `{ entity(id: "oic") { ${perKind} } }` } });
      expect(answered.body).toEqual({ data: { entity: { id: 'oic', name: expect.any(String) } } });
    });

    it('refuses a 1 MB document of tokens and one of comments cheaply, and answers one long comment', async () => {
      const tokens = await send('tokens-1mb', {
        body: { query: `{ ${'about '.repeat(160_000)}}` },
      });
      expect(tokens.status).toBe(400);
      expect(tokens.body.errors?.[0].extensions?.code).toBe('TOO_MANY_TOKENS');
      expectCheapRefusal('tokens-1mb', tokens);
      // 40,000 comments: graphql-js would keep each as a token, so they count toward the limit.
      const comments = await send('comments-1mb', {
        body: { query: `${'# nothing to see here\n'.repeat(40_000)}{ about { entityCount } }` },
      });
      expect(comments.status).toBe(400);
      expect(comments.body.errors?.[0].extensions?.code).toBe('TOO_MANY_TOKENS');
      expectCheapRefusal('comments-1mb', comments);
      // One comment of nearly a megabyte is one token: answered.
      const comment = await send('comment-1mb', {
        body: { query: `# ${'nothing to see here '.repeat(45_000)}\n{ about { entityCount } }` },
      });
      expect(comment.body).toEqual({ data: { about: { entityCount: expect.any(Number) } } });
      expect(comment.cpuMs).toBeLessThan(1_000);
    });
  });

  describe('operations the server does not offer, and persisted-query mistakes', () => {
    it('refuses a subscription as an invalid operation, HTTP 400, not as a server error', async () => {
      const refused = await send('subscription', {
        body: { query: 'subscription { about { entityCount } }' },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        {
          message: 'The schema does not support subscription operations; send a query or a mutation.',
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
      expectCheapRefusal('subscription', refused);
    });

    const QUERY = '{ about { entityCount } }';
    it.each([
      ['version-2', { version: 2, sha256Hash: sha256(QUERY) }, 'Unsupported persisted query version'],
      [
        'wrong-hash',
        { version: 1, sha256Hash: sha256('something else') },
        'provided sha does not match query',
      ],
      ['not-an-object', true, 'Unsupported persisted query version'],
      ['a-string', 'abc', 'Unsupported persisted query version'],
      ['a-list', [1], 'Unsupported persisted query version'],
    ])('refuses a persisted query with %s as a bad request', async (what, persistedQuery, message) => {
      const refused = await send(`pq-${what}`, {
        body: { query: QUERY, extensions: { persistedQuery } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ message, extensions: { code: 'BAD_REQUEST' } }]);
      expectCheapRefusal(`pq-${what}`, refused);
    });

    it('runs automatic persisted queries as Apollo Client sends them', async () => {
      const hash = sha256(QUERY);
      const unknown = await send('pq-unknown', {
        body: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      });
      expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      const registered = await send('pq-register', {
        body: { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      });
      expect(registered.body).toEqual({ data: { about: { entityCount: expect.any(Number) } } });
      const byHash = await send('pq-by-hash', {
        body: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      });
      expect(byHash.body).toEqual(registered.body);
    });
  });

  it('answers 431 to headers past 16 KB and stays up', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-padding': 'x'.repeat(20_000) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query: '{ about { entityCount } }' }));
    });
    expect(status).toBe(431);
    expect((await fetch(app.url.replace('/graphql', '/health/live'))).status).toBe(200);
  });
});

describe('reads that require a key', () => {
  const READER = 'reader-key-for-hostile-tests';
  let db: Database;
  let app: App;

  beforeAll(async () => {
    db = sharedDatabase();
    app = await startApp(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        NEO4J_URI: 'bolt://unused',
        NEO4J_PASSWORD: 'unused',
        API_KEYS: `rd:reader:${sha256(READER)}`,
        READS_REQUIRE_KEY: 'true',
      }),
      db,
      capturingLogger('silent').logger,
    );
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses a GET that carries a persisted query without a key, and serves the Sandbox page', async () => {
    const query = '{ about { entityCount } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    // A key holder registers the query in the APQ cache, as Apollo Client does on a miss.
    const registered = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${READER}` },
      body: JSON.stringify({ query, extensions: { persistedQuery } }),
    });
    expect(((await registered.json()) as any).data).toEqual({ about: { entityCount: expect.any(Number) } });

    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery }));
    for (const search of [
      `?extensions=${extensions}`,
      `?operationName=X&extensions=${extensions}`,
      `?variables=${encodeURIComponent('{}')}`,
      `?query=${encodeURIComponent(query)}`,
    ]) {
      const response = await fetch(`${app.url}${search}`, {
        headers: { 'apollo-require-preflight': '1', accept: 'application/json' },
      });
      expect({ search, status: response.status }).toEqual({ search, status: 401 });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
