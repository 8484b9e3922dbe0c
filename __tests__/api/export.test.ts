import { createHash } from 'node:crypto';
import type { App } from '../../src/app';
import type { Database } from '../../src/db/database';
import { postGraphQL, startTestApp } from '../helpers/app';
import { sharedDatabase } from '../helpers/database';

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; lines end in CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('exports of the graph', () => {
  let db: Database;
  let app: App;
  let origin: string;
  let counts: { entityCount: number; relationCount: number };
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}${path}`, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  beforeAll(async () => {
    db = sharedDatabase();
    app = await startTestApp(db);
    origin = new URL(app.url).origin;
    counts = (await postGraphQL(app.url, '{ about { entityCount relationCount } }')).body.data!.about;
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('exports every entity and every relation as CSV, each edge with its dates and citations', async () => {
    const nodes = await get('/export/nodes.csv');
    expect(nodes.status).toBe(200);
    expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="nodes.csv"');
    const nodeRows = parseCsv(nodes.text.replace(/^\uFEFF/, ''));
    expect(nodeRows[0]).toEqual([
      'id',
      'kind',
      'label',
      'name_en',
      'name_ar',
      'aliases',
      'description_en',
      'description_ar',
      'date',
    ]);
    expect(nodeRows.length - 1).toBe(counts.entityCount);
    expect(nodeRows.find((row) => row[0] === 'oic')!.slice(0, 5)).toEqual([
      'oic',
      'ORGANIZATION',
      'Organisation of Islamic Cooperation',
      'Organisation of Islamic Cooperation',
      'منظمة التعاون الإسلامي',
    ]);

    const edges = parseCsv((await get('/export/edges.csv')).text.replace(/^\uFEFF/, ''));
    const header = edges[0];
    expect(edges.length - 1).toBe(counts.relationCount);
    const taha = Object.fromEntries(
      header.map((name, i) => [name, edges.find((row) => row[0] === 'taha-holds-oic-secretary-general')![i]]),
    );
    expect(taha).toMatchObject({
      type: 'HOLDS',
      source: 'hissein-brahim-taha',
      target: 'oic-secretary-general',
      appointed_on: '2020-11-28',
      in_office_from: '2021-11-17',
      citation_sources: 'eeas-oic-structure-eu-relations-ar',
      citation_offsets: '404-569',
    });
    expect(taha.citation_quotes).toMatch(/^تم تعيين السيد حسين إبراهيم طه/);
    // Every relation of the dataset carries at least one citation.
    const quotes = header.indexOf('citation_quotes');
    expect(edges.slice(1).filter((row) => row[quotes] === '')).toEqual([]);
  });

  it('exports GraphML with a key per attribute and JSON-LD with cited relations', async () => {
    const graphml = await get('/export/graph.graphml');
    expect(graphml.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(graphml.text.match(/<node id="/g)?.length).toBe(counts.entityCount);
    expect(graphml.text.match(/<edge id="/g)?.length).toBe(counts.relationCount);
    expect(graphml.text).toContain(
      '<key id="e_citation_quotes" for="edge" attr.name="citation_quotes" attr.type="string"/>',
    );
    expect(graphml.text).toContain(
      '<edge id="taha-holds-oic-secretary-general" source="hissein-brahim-taha" target="oic-secretary-general"><data key="e_type">HOLDS</data><data key="e_appointed_on">2020-11-28</data><data key="e_in_office_from">2021-11-17</data>',
    );

    const jsonld = JSON.parse((await get('/export/graph.jsonld')).text);
    const graph = jsonld['@graph'] as Array<Record<string, any>>;
    expect(graph.filter((item) => item['@type'] === 'Relation').length).toBe(counts.relationCount);
    expect(
      graph.filter((item) => [item['@type']].flat().includes('Source')).map((item) => item['@id']),
    ).toEqual(['urn:oickg:source:eeas-oic-structure-eu-relations-ar']);
    const holds = graph.find(
      (item) => item['@id'] === 'urn:oickg:relation:taha-holds-oic-secretary-general',
    )!;
    expect(holds).toMatchObject({
      relationType: 'HOLDS',
      subject: 'urn:oickg:entity:hissein-brahim-taha',
      object: 'urn:oickg:entity:oic-secretary-general',
      appointedOn: { '@value': '2020-11-28', '@type': 'xsd:date' },
      inOfficeFrom: { '@value': '2021-11-17', '@type': 'xsd:date' },
      citation: [{ start: 404, end: 569, source: 'urn:oickg:source:eeas-oic-structure-eu-relations-ar' }],
    });
    // Dates typed at their precision, names and kinds in schema.org's words where it has them.
    const dates = graph.flatMap((item) =>
      Object.values(item).filter((value: any) => value?.['@type']?.startsWith?.('xsd:')),
    ) as Array<{ '@value': string; '@type': string }>;
    const pattern: Record<string, RegExp> = {
      'xsd:gYear': /^\d{4}$/,
      'xsd:gYearMonth': /^\d{4}-\d{2}$/,
      'xsd:date': /^\d{4}-\d{2}-\d{2}$/,
    };
    expect(new Set(dates.map((date) => date['@type']))).toEqual(new Set(Object.keys(pattern)));
    expect(dates.filter((date) => !pattern[date['@type']].test(date['@value']))).toEqual([]);
    expect(jsonld['@context']).toMatchObject({
      schema: 'https://schema.org/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      name: 'schema:name',
    });
    const solana = graph.find((item) => item['@id'] === 'urn:oickg:entity:javier-solana')!;
    expect(solana['@type']).toEqual(['PERSON', 'schema:Person']);
    expect(solana.name).toContainEqual({ '@value': 'Javier Solana', '@language': 'en' });
  });

  it('exports a neighbourhood, a list of ids, relation types and an as-of date', async () => {
    const organs = parseCsv(
      (await get('/export/nodes.csv?center=oic&hops=1&types=ORGAN_OF')).text.replace(/^\uFEFF/, ''),
    );
    expect(
      organs
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['islamic-summit', 'oic', 'oic-council-of-foreign-ministers', 'oic-general-secretariat']);
    const pair = 'ids=oic-secretary-general,hissein-brahim-taha';
    const edgeIds = async (query: string) =>
      parseCsv((await get(`/export/edges.csv?${query}`)).text.replace(/^\uFEFF/, ''))
        .slice(1)
        .map((row) => row[0]);
    expect(await edgeIds(pair)).toEqual(['taha-holds-oic-secretary-general']);
    expect(await edgeIds(`${pair}&at=2021-06-01`)).toEqual([]);
    expect(await edgeIds(`${pair}&at=2022`)).toEqual(['taha-holds-oic-secretary-general']);
    // relations= keeps only the relations listed: what a client drew among those entities.
    const drawn = 'ids=oic,islamic-summit,oic-general-secretariat';
    expect(await edgeIds(drawn)).toEqual([
      'general-secretariat-implements-islamic-summit',
      'general-secretariat-organ-of-oic',
      'islamic-summit-organ-of-oic',
    ]);
    expect(
      await edgeIds(`${drawn}&relations=islamic-summit-organ-of-oic,general-secretariat-organ-of-oic`),
    ).toEqual(['general-secretariat-organ-of-oic', 'islamic-summit-organ-of-oic']);
  });

  it('refuses bad requests with a coded error', async () => {
    const cases: Array<[string, number, string]> = [
      ['/export/graph.svg', 404, 'NOT_FOUND'],
      ['/export/nodes.csv?center=oic&hops=9', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?types=LIKES', 400, 'BAD_USER_INPUT'],
      // Names an object has of its own, not relation types: once answered 500.
      ['/export/edges.csv?types=constructor', 400, 'BAD_USER_INPUT'],
      ['/export/edges.csv?types=__proto__', 400, 'BAD_USER_INPUT'],
      ['/export/edges.csv?types=toString,HOLDS', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?at=2021-13', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?ids=a&center=b', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?relations=a', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?ids=a&relations=,', 400, 'BAD_USER_INPUT'],
      ['/export/nodes.csv?center=nobody', 404, 'NOT_FOUND'],
    ];
    for (const [path, status, code] of cases) {
      const response = await get(path);
      expect([path, response.status, JSON.parse(response.text).errors[0].extensions.code]).toEqual([
        path,
        status,
        code,
      ]);
    }
    expect(JSON.parse((await get('/export/nodes.csv?center=oic&hops=9')).text).errors[0].message).toBe(
      'hops: expected a whole number from 1 to 3, received "9"',
    );
  });

  it('answers a cross-origin preflight, so that a browser may send its key', async () => {
    const response = await fetch(`${origin}/export/nodes.csv`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://analyst.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('needs a key when reads do', async () => {
    const key = 'export-reader-key';
    const guarded = await startTestApp(db, {
      readsRequireKey: true,
      apiKeys: [{ name: 'reader', role: 'reader', sha256: createHash('sha256').update(key).digest('hex') }],
    });
    try {
      const at = new URL(guarded.url).origin;
      const refused = await fetch(`${at}/export/nodes.csv?ids=oic`);
      expect(refused.status).toBe(401);
      expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const wrong = await fetch(`${at}/export/nodes.csv?ids=oic`, {
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      const allowed = await fetch(`${at}/export/nodes.csv?ids=oic`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(allowed.status).toBe(200);
      expect((await allowed.text()).split('\r\n')[1]).toMatch(/^oic,ORGANIZATION,/);
    } finally {
      await guarded.close();
    }
  });
});
