import fs from 'node:fs';
import { readDatasetFiles } from '../../src/dataset/files';
import { citationId } from '../../src/graph/records';
import { seedGraph } from '../../src/dataset/seed';
import { DatasetError, validateDataset } from '../../src/dataset/validate';
import { KIND_LABELS } from '../../src/domain/kinds';
import { SCRATCH_WAIT_MS, scratchDatabase, type ScratchDatabase } from '../helpers/database';
import { copyDataset, editGraphFile, snapshotGraph } from '../helpers/graph';

describe('loading the curated dataset', () => {
  let db: ScratchDatabase;
  const dataset = validateDataset(readDatasetFiles());

  beforeAll(async () => {
    db = await scratchDatabase();
  }, SCRATCH_WAIT_MS);
  afterAll(() => db.release());

  it('writes every entity, relation and citation the first time', async () => {
    const report = await seedGraph(db);
    expect(report).toEqual({
      written: true,
      entities: { created: dataset.entities.length, updated: 0, deleted: 0, unchanged: 0 },
      relations: { created: dataset.relations.length, updated: 0, deleted: 0, unchanged: 0 },
      citations: expect.any(Number),
      conflicts: [],
    });
  });

  it('holds every entity with both names, its kind label and its cited quotes', async () => {
    const rows = await db.read({
      name: 'test/entities',
      text: `MATCH (e:Entity)
             OPTIONAL MATCH (e)-[c:CITED_BY]->(citation:Citation)
             WITH e, c, citation ORDER BY c.position
             RETURN e.id AS id, e.kind AS kind, labels(e) AS labels, e.nameAr AS ar, e.nameEn AS en,
                    collect(citation.id) AS citations`,
    });
    const stored = new Map(rows.map((row) => [row.id as string, row]));
    expect(stored.size).toBe(dataset.entities.length);
    for (const entity of dataset.entities) {
      expect(stored.get(entity.id)).toEqual({
        id: entity.id,
        kind: entity.kind,
        labels: expect.arrayContaining(['Entity', KIND_LABELS[entity.kind]]),
        ar: entity.names.ar,
        en: entity.names.en,
        citations: entity.citations.map(citationId),
      });
    }
  });

  it('holds every relation, typed, between the right entities, with its qualifiers and citations', async () => {
    const rows = await db.read({
      name: 'test/relations',
      text: `MATCH (a:Entity)-[r]->(b:Entity)
             RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.citationIds AS citations,
                    r.date AS date, r.appointedOn AS appointedOn, r.inOfficeFrom AS inOfficeFrom, r.attestedOn AS attestedOn,
                    r.former AS former, r.roleId AS role`,
    });
    const stored = new Map(rows.map((row) => [row.id as string, row]));
    expect(stored.size).toBe(dataset.relations.length);
    for (const relation of dataset.relations) {
      const q = relation.qualifiers ?? {};
      expect(stored.get(relation.id)).toEqual({
        id: relation.id,
        type: relation.type,
        from: relation.from,
        to: relation.to,
        citations: relation.citations.map(citationId),
        date: q.date ?? null,
        appointedOn: q.appointedOn ?? null,
        inOfficeFrom: q.inOfficeFrom ?? null,
        attestedOn: q.attestedOn ?? null,
        former: q.former ?? null,
        role: q.role ?? null,
      });
    }
  });

  it('stores each alias with who vouches for it, and the quote of each alias and title', async () => {
    const rows = await db.read({
      name: 'test/aliases',
      text: `MATCH (e:Entity)
             RETURN e.id AS id, e.aliasTexts AS texts, e.aliasKinds AS kinds,
                    e.aliasAttestations AS attestations, e.aliasCitationIds AS citations`,
    });
    const stored = new Map(rows.map((row) => [row.id as string, row]));
    for (const entity of dataset.entities) {
      const aliases = entity.aliases ?? [];
      expect(stored.get(entity.id)).toEqual({
        id: entity.id,
        texts: aliases.map((a) => a.text),
        kinds: aliases.map((a) => a.kind),
        attestations: aliases.map((a) => a.attestation),
        citations: aliases.map((a) => (a.citation ? citationId(a.citation) : '')),
      });
    }
    const quoted = [
      ...dataset.entities.flatMap((e) => (e.aliases ?? []).flatMap((a) => (a.citation ? [a.citation] : []))),
      ...dataset.relations.flatMap((r) => (r.qualifiers?.title ? [r.qualifiers.title.citation] : [])),
    ];
    const citations = await db.read(
      {
        name: 'test/alias-citations',
        text: 'UNWIND $ids AS id MATCH (c:Citation {id: id}) RETURN c.id AS id, c.quote AS quote',
      },
      { ids: quoted.map(citationId) },
    );
    expect(new Map(citations.map((c) => [c.id, c.quote]))).toEqual(
      new Map(quoted.map((c) => [citationId(c), c.quote])),
    );
  });

  it("stores the curator's readings as CURATOR with their notes, and no other fact so", async () => {
    const rows = await db.read({
      name: 'test/curator-facts',
      text: `MATCH ()-[r]->() WHERE r.attestation IS NOT NULL
             RETURN r.id AS id, r.attestation AS attestation,
                    r.curatorNoteAr IS NOT NULL AND r.curatorNoteEn IS NOT NULL AS noted
             ORDER BY id`,
    });
    expect(rows).toEqual(
      [
        'borrell-holds-eu-high-representative',
        'eeas-impetus-2011-follows-arab-spring',
        'eeas-service-of-eu',
        'head-of-eu-delegation-to-the-oic-accredited-to-oic',
        'head-of-eu-delegation-to-the-oic-position-of-eu',
      ].map((id) => ({ id, attestation: 'CURATOR', noted: true })),
    );
  });

  it('stores offsets and ordinals as integers', async () => {
    const [types] = await db.read({
      name: 'test/types',
      text: `MATCH (c:Citation) WITH collect(DISTINCT valueType(c.start)) AS offsets
             MATCH (e:Event) WHERE e.ordinal IS NOT NULL
             RETURN offsets, collect(DISTINCT valueType(e.ordinal)) AS ordinals`,
    });
    expect(types).toEqual({ offsets: ['INTEGER NOT NULL'], ordinals: ['INTEGER NOT NULL'] });
  });

  it('keeps the appointment distinct from the start of office', async () => {
    const [tenure] = await db.read({
      name: 'test/taha',
      text: `MATCH (:Person {id: 'hissein-brahim-taha'})-[r:HOLDS]->(:Position {id: 'oic-secretary-general'})
             RETURN r.appointedOn AS appointedOn, r.appointedOnStart AS appointedOnStart,
                    r.inOfficeFrom AS inOfficeFrom, r.inOfficeFromStart AS inOfficeFromStart`,
    });
    expect(tenure).toEqual({
      appointedOn: '2020-11-28',
      appointedOnStart: '2020-11-28',
      inOfficeFrom: '2021-11-17',
      inOfficeFromStart: '2021-11-17',
    });
  });

  it("finds every citation's quote in the stored source at its offsets", async () => {
    const rows = await db.read({
      name: 'test/citations',
      text: `MATCH (c:Citation)-[:QUOTES]->(s:Source)
             RETURN c.quote AS quote, c.start AS start, c.end AS end, s.text AS text`,
    });
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      const text = Array.from(row.text as string);
      expect(text.slice(row.start as number, row.end as number).join('')).toBe(row.quote);
    }
  });

  it('cites every word of the source body, so no statement is left out', () => {
    const source = dataset.sources[0];
    const covered = new Array<boolean>(source.codePoints.length).fill(false);
    for (const element of [...dataset.entities, ...dataset.relations]) {
      for (const citation of element.citations) covered.fill(true, citation.start, citation.end);
    }
    // The first line is the site's banner, about the page rather than the OIC.
    const body = source.codePoints
      .map((char, i) => ({ char, i }))
      .filter(({ i }) => i > source.text.indexOf('\n'));
    const uncited = body
      .filter(({ char, i }) => /[\p{L}\p{N}]/u.test(char) && !covered[i])
      .map(({ char }) => char);
    expect(uncited.join('')).toBe('');
  });

  it('changes nothing when loaded a second time, and finds that out from the hash alone', async () => {
    const before = await snapshotGraph(db);
    const sent: string[] = [];
    const watched = new Proxy(db, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (property !== 'read' && property !== 'writeTransaction') {
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return (query: { name: string }, ...rest: unknown[]) => {
          sent.push(query.name ?? String(property));
          return value.call(target, query, ...rest);
        };
      },
    });
    const report = await seedGraph(watched);
    expect(sent).toEqual(['dataset/read-hash']);
    expect(report.written).toBe(false);
    expect(report.entities).toEqual({
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: dataset.entities.length,
    });
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it('rewrites only the fact that changed, and removes one that was dropped', async () => {
    const dir = copyDataset();
    try {
      const before = await snapshotGraph(db);
      editGraphFile(dir, 'eu.json', (content) => {
        const simonnet = content.relations.find(
          (r: any) => r.id === 'simonnet-holds-eu-representative-to-the-oic',
        );
        simonnet.qualifiers.note = { ar: 'ملاحظة للاختبار', en: 'A test note' };
        content.relations = content.relations.filter(
          (r: any) => r.id !== 'borrell-holds-eu-high-representative',
        );
      });
      const report = await seedGraph(db, dir);
      expect(report.relations).toEqual({
        created: 0,
        updated: 1,
        deleted: 1,
        unchanged: dataset.relations.length - 2,
      });
      expect(report.entities.unchanged).toBe(dataset.entities.length);
      const after = await snapshotGraph(db);
      const removed = before.filter((line) => !after.includes(line));
      const added = after.filter((line) => !before.includes(line));
      // The dropped relation's citations (its sentence, and the quote of its title) are cited by
      // nothing else any more, so they go too; every other citation, an alias's included, stays.
      expect(removed.map((line) => line.split(' [')[0].split(' {')[0])).toEqual([
        'node eeas-oic-structure-eu-relations-ar@2386-2449',
        'node eeas-oic-structure-eu-relations-ar@2406-2437',
        'rel eeas-oic-structure-eu-relations-ar@2386-2449 -QUOTES-> eeas-oic-structure-eu-relations-ar',
        'rel eeas-oic-structure-eu-relations-ar@2406-2437 -QUOTES-> eeas-oic-structure-eu-relations-ar',
        'rel josep-borrell -HOLDS-> eu-high-representative',
        'rel patrick-simonnet -HOLDS-> eu-representative-to-the-oic',
      ]);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(
        /^rel patrick-simonnet -HOLDS-> eu-representative-to-the-oic .*"noteEn":"A test note"/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await seedGraph(db);
    }
  });

  const invalid: Array<[string, string, (content: any) => void, RegExp]> = [
    ['an unknown id', 'eu.json', (c) => (c.relations[0].to = 'nobody'), /"to" names unknown entity "nobody"/],
    [
      'a missing Arabic name',
      'eu.json',
      (c) => (c.entities[0].names.ar = ''),
      /name: missing its Arabic text/,
    ],
    [
      'a quote off its offsets',
      'eu.json',
      (c) => (c.entities[0].citations[0].start += 1),
      /quote not found at/,
    ],
    [
      'a date more precise than its quote',
      'eu.json',
      (c) =>
        (c.relations.find((r: any) => r.id === 'borrell-appointed-simonnet').qualifiers.date = '2020-09-01'),
      /is more precise than its quote/,
    ],
    ['a duplicate id', 'eu.json', (c) => c.relations.push({ ...c.relations[0] }), /duplicate id/],
  ];

  it.each(invalid)('refuses %s and writes nothing', async (_what, file, edit, message) => {
    const dir = copyDataset();
    try {
      editGraphFile(dir, file, (content) => {
        edit(content);
        // A valid change beside the invalid one: it must not be written either.
        content.entities[1].description.en = 'Changed alongside an invalid fact';
      });
      const before = await snapshotGraph(db);
      const attempt = seedGraph(db, dir);
      await expect(attempt).rejects.toThrow(DatasetError);
      await expect(attempt).rejects.toThrow(message);
      expect(await snapshotGraph(db)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
