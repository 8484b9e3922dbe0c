import fs from 'node:fs';
import type { Principal } from '../../src/auth/auth';
import { seedGraph } from '../../src/dataset/seed';
import { startApi, type Api } from '../helpers/api';
import { SCRATCH_WAIT_MS } from '../helpers/database';
import { copyDataset, editSourceMeta, snapshotGraph } from '../helpers/graph';

const alice: Principal = { name: 'alice', role: 'reviewer' };
const SOURCE = 'eeas-oic-structure-eu-relations-ar';
const note = { note: 'Added by the id test suite.' };

const SAVE = `mutation ($entity: EntityInput!, $citation: CitationInput!) {
  saveEntity(entity: $entity, citation: $citation) { changed entity { id } }
}`;
const ADD = `mutation ($relation: RelationInput!, $citation: CitationInput!) {
  addRelation(relation: $relation, citation: $citation) { changed relation { id } }
}`;
const RETRACT = `mutation ($id: ID!, $citation: CitationInput!) {
  retractFact(id: $id, reason: "Test retraction.", citation: $citation) { changed }
}`;

const person = (id: string) => ({
  id,
  kind: 'PERSON',
  names: { ar: 'شخص للاختبار', en: 'Test Person' },
  description: { ar: 'شخص أضافه محرر للاختبار.', en: 'A person an editor added for a test.' },
});
const relation = (id: string) => ({
  id,
  type: 'HOLDS',
  from: 'patrick-simonnet',
  to: 'oic-secretary-general',
});

/**
 * Ids are globally unique (Query.node finds anything by its id alone): curation refuses to give
 * an entity or a relation an id that another kind of thing holds, even under concurrency.
 */
describe('globally unique ids', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ writes: true });
  }, SCRATCH_WAIT_MS);
  afterAll(() => api.close());

  const as = { principal: alice };
  const conflictOf = (result: Awaited<ReturnType<Api['run']>>) =>
    result.errors?.map((error) => [error.extensions?.code, error.message]);

  it('refuses an entity the id of a relation or of a source, and writes nothing', async () => {
    const before = await snapshotGraph(api.db);
    const onRelation = await api.run(
      SAVE,
      { entity: person('borrell-appointed-simonnet'), citation: note },
      undefined,
      as,
    );
    expect(conflictOf(onRelation)).toEqual([
      [
        'CONFLICT',
        'Id "borrell-appointed-simonnet" already names a relation; an id names one thing only (entity, relation, ' +
          'citation or source), so an entity needs another id',
      ],
    ]);
    const onSource = await api.run(SAVE, { entity: person(SOURCE), citation: note }, undefined, as);
    expect(conflictOf(onSource)).toEqual([
      [
        'CONFLICT',
        `Id "${SOURCE}" already names a source; an id names one thing only (entity, relation, citation or source), ` +
          'so an entity needs another id',
      ],
    ]);
    expect(await snapshotGraph(api.db)).toEqual(before);
  });

  it('refuses a relation the id of an entity, even a retracted one, or of a source', async () => {
    const created = await api.run(
      SAVE,
      { entity: person('ids-test-retracted'), citation: note },
      undefined,
      as,
    );
    expect(created.data?.saveEntity).toEqual({ changed: true, entity: { id: 'ids-test-retracted' } });
    const retracted = await api.run(RETRACT, { id: 'ids-test-retracted', citation: note }, undefined, as);
    expect(retracted.data?.retractFact).toEqual({ changed: true });
    const before = await snapshotGraph(api.db);
    for (const [id, kind] of [
      ['oic', 'an entity'],
      ['ids-test-retracted', 'an entity'],
      [SOURCE, 'a source'],
    ]) {
      const result = await api.run(ADD, { relation: relation(id), citation: note }, undefined, as);
      expect(conflictOf(result)).toEqual([
        [
          'CONFLICT',
          `Id "${id}" already names ${kind}; an id names one thing only (entity, relation, citation or source), ` +
            'so a relation needs another id',
        ],
      ]);
    }
    expect(await snapshotGraph(api.db)).toEqual(before);
  });

  it('still corrects an entity and re-adds an identical relation under their own ids', async () => {
    const corrected = await api.run(
      SAVE,
      {
        entity: { ...person('ids-test-person'), names: { ar: 'شخص آخر', en: 'Another' } },
        citation: note,
      },
      undefined,
      as,
    );
    expect(corrected.data?.saveEntity).toEqual({ changed: true, entity: { id: 'ids-test-person' } });
    const again = await api.run(
      SAVE,
      { entity: { ...person('ids-test-person'), names: { ar: 'شخص ثالث', en: 'A third' } }, citation: note },
      undefined,
      as,
    );
    expect(again.data?.saveEntity).toEqual({ changed: true, entity: { id: 'ids-test-person' } });
    const input = { relation: relation('ids-test-relation'), citation: note };
    const first = await api.run(ADD, input, undefined, as);
    const second = await api.run(ADD, input, undefined, as);
    expect([first.data?.addRelation, second.data?.addRelation]).toEqual([
      { changed: true, relation: { id: 'ids-test-relation' } },
      { changed: false, relation: { id: 'ids-test-relation' } },
    ]);
    const node = await api.run(
      '{ node(id: "ids-test-relation") { __typename ... on Relation { direction } } }',
    );
    expect(node.data?.node).toEqual({ __typename: 'Relation', direction: 'OUTGOING' });
  });

  it('answers null for a retracted entity or relation, however it is asked for', async () => {
    const lookups = (id: string) =>
      `{ node(id: "${id}") { id } relation(id: "${id}") { id } entity(id: "${id}") { id } }`;
    const saved = await api.run(SAVE, { entity: person('ids-test-gone'), citation: note }, undefined, as);
    const added = await api.run(
      ADD,
      { relation: relation('ids-test-gone-relation'), citation: note },
      undefined,
      as,
    );
    expect([saved.data?.saveEntity.changed, added.data?.addRelation.changed]).toEqual([true, true]);
    // Before the retraction each is there, as what it is.
    expect((await api.run(lookups('ids-test-gone'))).data).toEqual({
      node: { id: 'ids-test-gone' },
      relation: null,
      entity: { id: 'ids-test-gone' },
    });
    expect((await api.run(lookups('ids-test-gone-relation'))).data).toEqual({
      node: { id: 'ids-test-gone-relation' },
      relation: { id: 'ids-test-gone-relation' },
      entity: null,
    });
    for (const id of ['ids-test-gone', 'ids-test-gone-relation']) {
      const retracted = await api.run(RETRACT, { id, citation: note }, undefined, as);
      expect(retracted.data?.retractFact).toEqual({ changed: true });
      expect((await api.run(lookups(id))).data).toEqual({ node: null, relation: null, entity: null });
    }
  });

  it('gives a new id to one kind only when an entity and a relation claim it at the same moment', async () => {
    // Two server processes, so that their writes meet in Neo4j's locks: within one process
    // curated writes already take turns.
    const other = await startApi({ alongside: true });
    const servers = [api, other];
    for (let round = 0; round < 5; round++) {
      const id = `ids-race-${round}`;
      const results = await Promise.all([
        ...Array.from({ length: 4 }, (_, i) =>
          servers[i % 2].run(SAVE, { entity: person(id), citation: note }, undefined, as),
        ),
        ...Array.from({ length: 4 }, (_, i) =>
          servers[(i + 1) % 2].run(ADD, { relation: relation(id), citation: note }, undefined, as),
        ),
      ]);
      const won = results.filter((r) => r.data?.saveEntity?.changed || r.data?.addRelation?.changed);
      expect(won).toHaveLength(1);
      const refused = results.filter((r) => r.errors);
      expect(refused.every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
      // The winner's kind answered changed once and unchanged for its identical requests;
      // every request of the other kind was refused.
      expect(refused).toHaveLength(4);
      const [row] = await api.db.read(
        {
          name: 'test/id-holders',
          text: `CALL () { MATCH (e:Entity {id: $id}) RETURN count(e) AS n
                          UNION ALL MATCH ()-[r {id: $id}]->() RETURN count(r) AS n }
                 RETURN sum(n) AS holders`,
        },
        { id },
      );
      expect(row).toEqual({ holders: 1 });
    }
    await other.close();
  });

  it("answers a curator's note by its id, a citation without context", async () => {
    const result = await api.run(SAVE, { entity: person('ids-test-noted'), citation: note }, undefined, as);
    expect(result.data?.saveEntity).toEqual({ changed: true, entity: { id: 'ids-test-noted' } });
    const cited = await api.run('{ entity(id: "ids-test-noted") { citations { id } } }');
    const noteId: string = cited.data!.entity.citations.at(-1).id;
    expect(noteId).toMatch(/^note:[0-9a-f]{24}$/);
    const { data, roundTrips } = await api.run(`{
      node(id: "${noteId}") { __typename id ... on Citation { note curator quote source { id } context { quote } } }
    }`);
    expect(data?.node).toEqual({
      __typename: 'Citation',
      id: noteId,
      note: 'Added by the id test suite.',
      curator: 'alice',
      quote: null,
      source: null,
      context: null,
    });
    // A note quotes no source: its context costs no round trip.
    expect(roundTrips).toBe(1);
  });

  it('cuts the context of a quote by code points in Neo4j, characters outside the BMP counting once', async () => {
    const text = 'Intro. 😀😀 one 😀 two 😀 three. End';
    await api.db.write(
      {
        name: 'test/astral-source',
        text: `CREATE (s:Source {id: 'ids-test-astral', text: $text, length: size($text)})
             CREATE (:Citation {id: 'ids-test-astral@16-19', sourceId: 'ids-test-astral', quote: 'two', start: 16, end: 19})
                    -[:QUOTES]->(s)`,
      },
      { text },
    );
    const { data } = await api.run(`{
      citation(id: "ids-test-astral@16-19") {
        quote
        wide: context(chars: 30) { before quote after start end truncatedBefore truncatedAfter }
        narrow: context(chars: 6) { before quote after start end truncatedBefore truncatedAfter }
      }
    }`);
    expect(data?.citation).toEqual({
      quote: 'two',
      wide: {
        before: '😀😀 one 😀 ',
        quote: 'two',
        after: ' 😀 three.',
        start: 7,
        end: 28,
        truncatedBefore: false,
        truncatedAfter: false,
      },
      narrow: {
        before: 'one 😀 ',
        quote: 'two',
        after: ' 😀',
        start: 10,
        end: 21,
        truncatedBefore: true,
        truncatedAfter: true,
      },
    });
    expect(Array.from(text).slice(7, 28).join('')).toBe('😀😀 one 😀 two 😀 three.');
    await api.db.write({
      name: 'test/astral-source-delete',
      text: "MATCH (s:Source {id: 'ids-test-astral'})<-[:QUOTES]-(c:Citation) DETACH DELETE s, c",
    });
  });

  it("stores and gives a source's URL and retrieval date when its capture records them", async () => {
    const dir = copyDataset();
    try {
      editSourceMeta(dir, (meta) => {
        meta.url = 'https://www.eeas.europa.eu/eeas/example_ar';
        meta.retrievedAt = '2024-05-01';
      });
      await seedGraph(api.db, dir);
      const query = `{ source(id: "${SOURCE}") { url retrievedAt } sources { nodes { id url retrievedAt } } }`;
      expect((await api.run(query)).data).toEqual({
        source: { url: 'https://www.eeas.europa.eu/eeas/example_ar', retrievedAt: '2024-05-01' },
        sources: {
          nodes: [
            { id: SOURCE, url: 'https://www.eeas.europa.eu/eeas/example_ar', retrievedAt: '2024-05-01' },
          ],
        },
      });
      // The curated capture gives neither: a reload takes them away again.
      await seedGraph(api.db);
      expect((await api.run(query)).data).toEqual({
        source: { url: null, retrievedAt: null },
        sources: { nodes: [{ id: SOURCE, url: null, retrievedAt: null }] },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
