import { readDatasetFiles } from '../../../src/dataset/files';
import fs from 'node:fs';
import type { Principal } from '../../../src/auth/auth';
import { seedGraph } from '../../../src/dataset/seed';
import { startApi, type Api } from '../../helpers/api';
import { SCRATCH_WAIT_MS } from '../../helpers/database';
import { copyDataset, editGraphFile, snapshotGraph } from '../../helpers/graph';

const alice: Principal = { name: 'alice', role: 'reviewer' };
const eddie: Principal = { name: 'eddie', role: 'editor' };
const rita: Principal = { name: 'rita', role: 'reader' };
const SOURCE = 'eeas-oic-structure-eu-relations-ar';

const SAVE = `mutation ($entity: EntityInput!, $citation: CitationInput!) {
  saveEntity(entity: $entity, citation: $citation) {
    changed entity { id name description aliases { text kind } }
    audit { action actor role targetId targetType before after citation { quote note } }
  }
}`;
const ADD = `mutation ($relation: RelationInput!, $citation: CitationInput!) {
  addRelation(relation: $relation, citation: $citation) {
    changed relation { id type source { id } target { id } appointedOn { text } citations { quote start end } }
    audit { action }
  }
}`;
const RETRACT = `mutation ($id: ID!, $reason: String!, $citation: CitationInput!) {
  retractFact(id: $id, reason: $reason, citation: $citation) { changed audit { action targetType before } }
}`;
const AUDIT =
  'query ($id: ID) { auditLog(targetId: $id) { totalCount nodes { action actor targetId before after reason } } }';

const person = (id: string, en: string) => ({
  id,
  kind: 'PERSON',
  names: { ar: 'شخص للاختبار', en },
  description: { ar: 'شخص أضافه محرر للاختبار.', en: 'A person an editor added for a test.' },
});
const note = { note: 'Added by the curation test suite.' };

describe('curated writes', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ writes: true });
  }, SCRATCH_WAIT_MS);
  afterAll(() => api.close());

  const as = (principal: Principal | null) => ({ principal });

  it('refuses writes without a key and from a reader, and writes nothing', async () => {
    const before = await snapshotGraph(api.db);
    const anonymous = await api.run(
      SAVE,
      { entity: person('nobody-test', 'Nobody'), citation: note },
      undefined,
      as(null),
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).toBe(
      'saveEntity needs an API key with the reviewer role; none was given.',
    );
    const reader = await api.run(
      SAVE,
      { entity: person('nobody-test', 'Nobody'), citation: note },
      undefined,
      as(rita),
    );
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0].message).toBe(
      'saveEntity needs the reviewer role; the key of rita has the reader role.',
    );
    // An editor proposes (proposeEntity); writing directly is a reviewer's.
    const editor = await api.run(
      SAVE,
      { entity: person('nobody-test', 'Nobody'), citation: note },
      undefined,
      as(eddie),
    );
    expect(editor.errors?.[0].message).toBe(
      'saveEntity needs the reviewer role; the key of eddie has the editor role.',
    );
    const auditForReader = await api.run(AUDIT, {}, undefined, as(rita));
    expect(auditForReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotGraph(api.db)).toEqual(before);
  });

  it("adds an entity on a curator's note, and audits who, when, what", async () => {
    const result = await api.run(
      SAVE,
      { entity: person('test-envoy', 'Test Envoy'), citation: note },
      undefined,
      as(alice),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.saveEntity).toMatchObject({
      changed: true,
      entity: { id: 'test-envoy', name: 'Test Envoy', aliases: [] },
      audit: {
        action: 'ENTITY_CREATED',
        actor: 'alice',
        role: 'reviewer',
        targetId: 'test-envoy',
        targetType: 'ENTITY',
        before: null,
        citation: { quote: null, note: 'Added by the curation test suite.' },
      },
    });
    expect(JSON.parse(result.data!.saveEntity.audit.after)).toMatchObject({
      id: 'test-envoy',
      nameEn: 'Test Envoy',
      origin: 'curator',
      curatedBy: 'alice',
    });
    const search = await api.run('{ search(text: "Test Envoy") { nodes { entity { id } } } }');
    expect(search.data!.search.nodes[0].entity.id).toBe('test-envoy');
  });

  it('creates one entity from 100 concurrent identical requests, and audits it once', async () => {
    const input = { entity: person('concurrent-test', 'Concurrent Test'), citation: note };
    // Two server processes: within one, curated writes take turns; between them, Neo4j's locks decide.
    const other = await startApi({ alongside: true });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => [api, other][i % 2].run(SAVE, input, undefined, as(alice))),
    );
    await other.close();
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data!.saveEntity.changed)).toHaveLength(1);
    const [count] = await api.db.read({
      name: 'test/count',
      text: "MATCH (e:Entity {id: 'concurrent-test'}) RETURN count(e) AS n",
    });
    expect(count.n).toBe(1);
    const audit = await api.run(AUDIT, { id: 'concurrent-test' }, undefined, as(alice));
    expect(audit.data!.auditLog.totalCount).toBe(1);
  });

  it('adds a relation on a verbatim quote, once, with dates no more precise than the quote', async () => {
    const relation = {
      type: 'HOLDS',
      from: 'test-envoy',
      to: 'eu-representative-to-the-oic',
      appointedOn: '2020-09',
    };
    const citation = { sourceId: SOURCE, quote: 'وفي أيلول 2020' };
    const first = await api.run(ADD, { relation, citation }, undefined, as(alice));
    expect(first.errors).toBeUndefined();
    expect(first.data!.addRelation).toEqual({
      changed: true,
      relation: {
        id: 'test-envoy-holds-eu-representative-to-the-oic',
        type: 'HOLDS',
        source: { id: 'test-envoy' },
        target: { id: 'eu-representative-to-the-oic' },
        appointedOn: { text: '2020-09' },
        citations: [{ quote: 'وفي أيلول 2020', start: 2386, end: 2400 }],
      },
      audit: { action: 'RELATION_ADDED' },
    });
    const again = await api.run(ADD, { relation, citation }, undefined, as(alice));
    expect(again.data!.addRelation).toMatchObject({ changed: false, audit: null });

    const tooPrecise = await api.run(
      ADD,
      {
        relation: { ...relation, to: 'head-of-eu-delegation-to-saudi-arabia', appointedOn: '2020-09-01' },
        citation,
      },
      undefined,
      as(alice),
    );
    expect(tooPrecise.errors?.[0]).toMatchObject({
      message:
        'relation.appointedOn: "2020-09-01" is more precise than the quote (the quote does not give day 1 of that month)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const notInSource = await api.run(
      ADD,
      {
        relation: { ...relation, to: 'head-of-eu-delegation-to-saudi-arabia' },
        citation: { sourceId: SOURCE, quote: 'نص غير موجود' },
      },
      undefined,
      as(alice),
    );
    expect(notInSource.errors?.[0].message).toBe(`citation: the quote is not in source "${SOURCE}"`);
    const wrongKinds = await api.run(
      ADD,
      { relation: { type: 'HOLDS', from: 'oic', to: 'eu' }, citation: note },
      undefined,
      as(alice),
    );
    expect(wrongKinds.errors?.[0].message).toBe(
      'relation.from: HOLDS cannot go from a ORGANIZATION ("oic"); allowed: PERSON',
    );
  });

  it('ends a relation at a date, and the as-of answers follow', async () => {
    const end = await api.run(
      'mutation { endRelation(id: "test-envoy-holds-eu-representative-to-the-oic", inOfficeUntil: "2021", citation: { note: "Left office, per a test note." }) { changed relation { inOfficeUntil { text } } audit { action before after } } }',
      {},
      undefined,
      as(alice),
    );
    expect(end.data!.endRelation).toMatchObject({
      changed: true,
      relation: { inOfficeUntil: { text: '2021' } },
      audit: { action: 'RELATION_ENDED' },
    });
    const holders = async (at: string) =>
      (
        await api.run(
          `{ entity(id: "eu-representative-to-the-oic") { ... on Position { holders(at: "${at}") { person { id } } } } }`,
        )
      ).data!.entity.holders.map((h: any) => h.person.id);
    expect(await holders('2021-06')).toEqual(['patrick-simonnet', 'test-envoy']);
    expect(await holders('2022')).toEqual(['patrick-simonnet']);
  });

  it('corrects a dataset entity, and a reload of the dataset keeps the correction', async () => {
    const corrected = {
      id: 'patrick-simonnet',
      kind: 'PERSON',
      names: { ar: 'باتريك سيموني', en: 'Patrick Simonnet' },
      description: { ar: 'وصف مصحح للاختبار.', en: 'A description corrected by a curator.' },
      aliases: [{ text: 'P. Simonnet', lang: 'EN', kind: 'VARIANT' }],
    };
    const result = await api.run(SAVE, { entity: corrected, citation: note }, undefined, as(alice));
    expect(result.data!.saveEntity).toMatchObject({ changed: true, audit: { action: 'ENTITY_CORRECTED' } });
    expect(JSON.parse(result.data!.saveEntity.audit.before)).toMatchObject({
      descriptionEn: expect.stringContaining('Head of the EU Delegation'),
    });

    // The same dataset again changes nothing; a dataset that changed the entity too is a conflict
    // the curator wins, reported.
    expect((await seedGraph(api.db)).conflicts).toEqual([]);
    const dir = copyDataset();
    try {
      editGraphFile(dir, 'eu.json', (content) => {
        content.entities.find((e: any) => e.id === 'patrick-simonnet').description.en =
          'A newer dataset description.';
      });
      const report = await seedGraph(api.db, dir);
      expect(report.conflicts).toEqual([
        { id: 'patrick-simonnet', element: 'entity', reason: expect.stringContaining('curator') },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const after = await api.run('{ entity(id: "patrick-simonnet") { description aliases { text } } }');
    expect(after.data!.entity).toEqual({
      description: 'A description corrected by a curator.',
      aliases: [{ text: 'P. Simonnet' }],
    });
  });

  it("keeps the source's word on the aliases a correction keeps, and marks new ones as the curator's", async () => {
    const corrected = {
      id: 'un-general-assembly',
      kind: 'ORGAN',
      names: { ar: 'الجمعية العامة للأمم المتحدة', en: 'United Nations General Assembly' },
      description: { ar: 'وصف مصحح للاختبار.', en: 'A description corrected by a curator.' },
      aliases: [
        { text: 'UNGA', lang: 'EN', kind: 'ACRONYM' },
        { text: 'UN General Assembly', lang: 'EN', kind: 'SHORT_NAME' },
        { text: 'General Assembly', lang: 'EN', kind: 'SHORT_NAME' },
      ],
    };
    const result = await api.run(SAVE, { entity: corrected, citation: note }, undefined, as(alice));
    expect(result.errors).toBeUndefined();
    const after = await api.run(
      '{ entity(id: "un-general-assembly") { aliases { text attestation citation { quote } } } }',
    );
    expect(after.data!.entity.aliases).toEqual([
      { text: 'UNGA', attestation: 'SOURCE', citation: { quote: 'UNGA' } },
      {
        text: 'UN General Assembly',
        attestation: 'RENDERING',
        citation: { quote: 'الجمعية العامة للأمم المتحدة' },
      },
      { text: 'General Assembly', attestation: 'CURATOR', citation: null },
    ]);
  });

  it("marks a fact added on a curator's note as the curator's knowledge, and one on a quote as the source's", async () => {
    const onNote = await api.run(
      ADD,
      { relation: { type: 'PARTICIPANT', from: 'eu-oic-technical-talks-2014', to: 'eeas' }, citation: note },
      undefined,
      as(alice),
    );
    expect(onNote.errors).toBeUndefined();
    const read = await api.run(`{
      talks: entity(id: "eu-oic-technical-talks-2014") { relations(types: [PARTICIPANT]) { nodes { other { id } attestation } } }
      envoy: entity(id: "test-envoy") { relations(types: [HOLDS]) { nodes { attestation } } }
    }`);
    expect(read.data!.talks.relations.nodes).toEqual([
      { other: { id: 'eeas' }, attestation: 'CURATOR' },
      { other: { id: 'eu' }, attestation: 'SOURCE' },
      { other: { id: 'oic' }, attestation: 'SOURCE' },
    ]);
    expect(read.data!.envoy.relations.nodes).toEqual([{ attestation: 'SOURCE' }]);
  });

  it('refuses to change the kind of an existing entity', async () => {
    const result = await api.run(
      SAVE,
      { entity: { ...person('patrick-simonnet', 'Patrick Simonnet'), kind: 'PLACE' }, citation: note },
      undefined,
      as(alice),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Entity "patrick-simonnet" is a PERSON; its kind cannot change to PLACE',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('retracts a relation: gone from reads, kept in the audit trail, not restored by a reload', async () => {
    const result = await api.run(
      RETRACT,
      { id: 'eeas-service-of-eu', reason: 'Test retraction of an implied fact.', citation: note },
      undefined,
      as(alice),
    );
    expect(result.data!.retractFact).toMatchObject({
      changed: true,
      audit: { action: 'FACT_RETRACTED', targetType: 'RELATION' },
    });
    expect(JSON.parse(result.data!.retractFact.audit.before)).toMatchObject({ id: 'eeas-service-of-eu' });
    const reads = await api.run(
      '{ entity(id: "eeas") { relations(types: [SERVICE_OF]) { totalCount } ... on Organization { parent { id } } } }',
    );
    expect(reads.data!.entity).toEqual({ relations: { totalCount: 0 }, parent: null });
    const again = await api.run(
      RETRACT,
      { id: 'eeas-service-of-eu', reason: 'Retried.', citation: note },
      undefined,
      as(alice),
    );
    expect(again.data!.retractFact).toEqual({ changed: false, audit: null });

    const dir = copyDataset();
    try {
      editGraphFile(dir, 'eu.json', (content) => {
        content.relations.find((r: any) => r.id === 'eeas-service-of-eu').qualifiers = {
          note: { ar: 'تغيير', en: 'Changed in the dataset' },
        };
      });
      const report = await seedGraph(api.db, dir);
      expect(report.conflicts).toContainEqual({
        id: 'eeas-service-of-eu',
        element: 'relation',
        reason: expect.stringContaining('curator'),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await seedGraph(api.db);
    const afterReload = await api.run(
      '{ entity(id: "eeas") { relations(types: [SERVICE_OF]) { totalCount } } }',
    );
    expect(afterReload.data!.entity.relations.totalCount).toBe(0);
    const audit = await api.run(AUDIT, { id: 'eeas-service-of-eu' }, undefined, as(alice));
    expect(audit.data!.auditLog.nodes).toEqual([
      expect.objectContaining({
        action: 'FACT_RETRACTED',
        actor: 'alice',
        reason: 'Test retraction of an implied fact.',
      }),
    ]);
  });

  it('retracts an entity: gone from lookups, lists, search and answers', async () => {
    const result = await api.run(
      RETRACT,
      { id: 'madani', reason: 'Test retraction of a person.', citation: note },
      undefined,
      as(alice),
    );
    expect(result.data!.retractFact).toMatchObject({ changed: true, audit: { targetType: 'ENTITY' } });
    const reads = await api.run(`{
      entity(id: "madani") { id }
      search(text: "Madani", in: [NAMES, QUOTES]) { nodes { entity { id } } }
      descriptions: search(text: "Madani") { nodes { entity { id } matchedIn } }
      quotes: search(text: "المدني", in: [QUOTES], first: 50) { nodes { entity { id } relation { id } } }
      sg: entity(id: "oic-secretary-general") { ... on Position { holders { person { id } } } }
    }`);
    expect(reads.data).toEqual({
      entity: null,
      search: { nodes: [] },
      // Other entities' descriptions still name him; they are hits of their own.
      descriptions: {
        nodes: [
          { entity: { id: 'eu-oic-mou-2015' }, matchedIn: 'DESCRIPTION' },
          { entity: { id: 'mogherini' }, matchedIn: 'DESCRIPTION' },
        ],
      },
      // The sentence of the MoU still states the facts of others; his own are gone with him.
      quotes: {
        nodes: [
          ['mogherini', 'mogherini-held-eu-high-representative'],
          ['eu-oic-mou-2015', 'eu-oic-mou-2015-part-of-eu-oic-relations'],
          ['eu-oic-mou-2015', 'eu-oic-mou-2015-party-eu'],
          ['eu-oic-mou-2015', 'eu-oic-mou-2015-party-oic'],
          ['eu-oic-mou-2015', 'eu-oic-mou-2015-signed-at-unga-2015'],
          ['mogherini', 'mogherini-signed-eu-oic-mou-2015'],
        ].map(([entity, relation]) => ({ entity: { id: entity }, relation: { id: relation } })),
      },
      sg: { holders: [{ person: { id: 'hissein-brahim-taha' } }] },
    });
    // The counts (from the count store, less what curators retracted) are those of a full scan.
    const about = await api.run('{ about { entityCount relationCount } }');
    const [scan] = await api.db.read({
      name: 'test/live-counts',
      text: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
             CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.retractedAt IS NULL RETURN count(r) AS relations }
             RETURN entities, relations`,
    });
    expect(about.data!.about).toEqual({
      entityCount: Number(scan.entities),
      relationCount: Number(scan.relations),
    });
    expect(about.data!.about.relationCount).toBeLessThan(readDatasetFiles().relations.length);
    await seedGraph(api.db);
    expect((await api.run('{ entity(id: "madani") { id } }')).data!.entity).toBeNull();
  });

  it('validates input and says what is wrong', async () => {
    const result = await api.run(
      SAVE,
      { entity: person('Not A Slug!', 'X'), citation: note },
      undefined,
      as(alice),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions)).toContain('must be a lowercase slug');
    const both = await api.run(
      SAVE,
      { entity: person('x-test', 'X'), citation: { note: 'a note', sourceId: SOURCE, quote: 'جدة' } },
      undefined,
      as(alice),
    );
    expect(both.errors?.[0].message).toMatch(
      /^citation: give either sourceId and quote .* or note .*, not both or neither$/,
    );
  });

  it('adds one relation from 50 concurrent identical requests, answers changed once and audits it once', async () => {
    await api.run(SAVE, { entity: person('race-envoy', 'Race Envoy'), citation: note }, undefined, as(alice));
    const input = {
      relation: { type: 'HOLDS', from: 'race-envoy', to: 'eu-representative-to-the-oic' },
      citation: { note: 'Added 50 times at once by the curation test suite.' },
    };
    const other = await startApi({ alongside: true });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => [api, other][i % 2].run(ADD, input, undefined, as(alice))),
    );
    await other.close();
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.filter((r) => r.data!.addRelation.changed)).toHaveLength(1);
    const [count] = await api.db.read({
      name: 'test/count-relations',
      text: "MATCH (:Entity {id: 'race-envoy'})-[r:HOLDS]->(:Entity) RETURN count(r) AS n",
    });
    expect(count.n).toBe(1);
    const audit = await api.run(
      AUDIT,
      { id: 'race-envoy-holds-eu-representative-to-the-oic' },
      undefined,
      as(alice),
    );
    expect(audit.data!.auditLog.nodes.map((n: any) => n.action)).toEqual(['RELATION_ADDED']);
  });

  it('keeps, through a reload of the dataset, the citations that audit entries and retracted facts rest on', async () => {
    const citedBy = async (id: string) =>
      (
        await api.db.read(
          {
            name: 'test/cited-by',
            text: 'MATCH (e:RetractedEntity {id: $id})-[:CITED_BY]->(c:Citation) RETURN c.id AS id ORDER BY id',
          },
          { id },
        )
      ).map((row) => row.id);
    for (const id of ['denmark', 'eeas']) {
      const retracted = await api.run(
        RETRACT,
        { id, reason: `Retracted to test a reload (${id}).`, citation: { note: `Reload test: ${id}.` } },
        undefined,
        as(alice),
      );
      expect(retracted.data!.retractFact.changed).toBe(true);
    }
    const before = { denmark: await citedBy('denmark'), eeas: await citedBy('eeas') };
    const trail = `query { auditLog(first: 100) { totalCount nodes { targetId action citation { id note quote } } } }`;
    const auditBefore = (await api.run(trail, {}, undefined, as(alice))).data!.auditLog;
    expect(auditBefore.nodes.every((n: any) => n.citation !== null)).toBe(true);

    // A dataset edit elsewhere makes the reload write, and so sweep unreferenced citations.
    const dir = copyDataset();
    try {
      editGraphFile(dir, 'oic-structure.json', (content) => {
        content.entities.find((e: any) => e.id === 'oic').description.en += ' (edited for a reload test)';
      });
      const report = await seedGraph(api.db, dir);
      expect(report.written).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await seedGraph(api.db);
    const auditAfter = (await api.run(trail, {}, undefined, as(alice))).data!.auditLog;
    expect(auditAfter).toEqual(auditBefore);
    expect({ denmark: await citedBy('denmark'), eeas: await citedBy('eeas') }).toEqual(before);
  });
});
