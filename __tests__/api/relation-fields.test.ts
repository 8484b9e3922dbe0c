import { cypher } from '../../src/db/queries';
import { asOfInterval } from '../../src/domain/as-of';
import { comparePartialDates, parsePartialDate } from '../../src/domain/partial-date';
import type { Dataset, RelationData, RelationQualifiers } from '../../src/domain/fact-data';
import { toGraphRecords } from '../../src/graph/records';
import { startApi, type Api } from '../helpers/api';

/*
 * Typed relation fields, declared once (src/graph/schema/relation-fields.ts), on a position with
 * 150 holders written for this test: lists are complete and honest, in their order before any
 * limit, the same through the planner and the resolvers alone.
 */

const HOLDERS = 150;
const TEXT =
  'A source written for the tests: a test office that one hundred and fifty people held in turn, ' +
  'belonging to two test bodies.';
const QUOTE = 'a test office that one hundred and fifty people held in turn';
const AT = TEXT.indexOf(QUOTE);

/** Dates of every precision, starts of each kind (in office, appointed, attested), and undated tenures. */
function qualifiers(i: number): RelationQualifiers {
  switch (i % 5) {
    case 0:
      return { former: true };
    case 1:
      return { appointedOn: `${1900 + (i % 97)}-0${1 + (i % 9)}` };
    case 2:
      return { inOfficeFrom: `${1900 + ((i * 7) % 120)}` };
    case 3:
      return { appointedOn: `${1950 + (i % 50)}-03-01`, inOfficeFrom: `${1950 + (i % 50)}-04-15` };
    default:
      return { attestedOn: `${1900 + ((i * 3) % 120)}-06` };
  }
}

function fixture(): Dataset {
  const cite = { source: 'fixture-office-source', quote: QUOTE, start: AT, end: AT + QUOTE.length };
  const person = (i: number) => `fixture-holder-${String(i).padStart(3, '0')}`;
  const relations: RelationData[] = Array.from({ length: HOLDERS }, (_, i) => ({
    id: `fixture-tenure-${String((i * 37) % HOLDERS).padStart(3, '0')}`,
    type: 'HOLDS',
    from: person(i),
    to: 'fixture-office',
    qualifiers: qualifiers(i),
    citations: [cite],
  }));
  relations.push(
    ...['fixture-body-a', 'fixture-body-b'].map((body): RelationData => ({
      id: `fixture-office-of-${body}`,
      type: 'POSITION_OF',
      from: 'fixture-office',
      to: body,
      citations: [cite],
    })),
  );
  const entity = (id: string, kind: 'PERSON' | 'POSITION' | 'ORGANIZATION', en: string) => ({
    id,
    kind,
    names: { ar: `اختبار ${en}`, en },
    description: { ar: 'للاختبار', en: 'For the test.' },
    citations: [cite],
  });
  return {
    sources: [
      {
        meta: {
          id: 'fixture-office-source',
          file: 'written-for-the-tests',
          sha256: '',
          kind: 'test fixture',
          language: 'en',
          title: { ar: 'مصدر للاختبار', en: 'A source written for the tests' },
          publisher: { ar: 'الفريق', en: 'The team' },
          covers: { ar: 'اختبار', en: 'A test office' },
        },
        text: TEXT,
        codePoints: [...TEXT],
      },
    ],
    entities: [
      entity('fixture-office', 'POSITION', 'Test office'),
      entity('fixture-body-a', 'ORGANIZATION', 'Test body A'),
      entity('fixture-body-b', 'ORGANIZATION', 'Test body B'),
      ...Array.from({ length: HOLDERS }, (_, i) =>
        entity(`fixture-holder-${String(i).padStart(3, '0')}`, 'PERSON', `Holder ${i}`),
      ),
    ],
    relations,
  };
}

/** The order tenures began, by the rule the schema states, worked out here without Neo4j. */
function tenureOrder(relations: RelationData[]): string[] {
  const start = (r: RelationData) => {
    const q = r.qualifiers ?? {};
    const text = q.inOfficeFrom ?? q.appointedOn ?? q.attestedOn;
    return text ? parsePartialDate(text) : null;
  };
  return relations
    .filter((r) => r.type === 'HOLDS')
    .sort((a, b) => {
      const [sa, sb] = [start(a), start(b)];
      if (!sa || !sb) return sa === sb ? (a.id < b.id ? -1 : 1) : sa ? -1 : 1;
      return comparePartialDates(sa, sb) || (a.id < b.id ? -1 : 1);
    })
    .map((r) => r.id);
}

describe('typed relation fields, declared once', () => {
  let planned: Api;
  let unplanned: Api;
  const dataset = fixture();
  const expected = tenureOrder(dataset.relations);

  beforeAll(async () => {
    planned = await startApi({ writes: true });
    unplanned = await startApi({ alongside: true, planner: false });
    const records = toGraphRecords(dataset);
    await planned.db.writeTransaction(async (tx) => {
      await tx.run(cypher('dataset/upsert-sources'), { sources: records.sources });
      await tx.run(cypher('dataset/upsert-citations'), { citations: records.citations });
      await tx.run(cypher('dataset/upsert-entities'), { entities: records.entities });
      await tx.run(cypher('dataset/create-relations'), { relations: records.relations });
    });
  });
  afterAll(async () => {
    await planned.db.write({
      name: 'test/remove-fixture',
      text: `MATCH (n) WHERE n.id STARTS WITH 'fixture-office' OR n.id STARTS WITH 'fixture-holder-'
               OR n.id STARTS WITH 'fixture-body-' OR n.sourceId = 'fixture-office-source'
             DETACH DELETE n`,
    });
    await unplanned.close();
    await planned.close();
  });

  const both = async (query: string, variables: Record<string, unknown> = {}) => {
    const [on, off] = [await planned.run(query, variables), await unplanned.run(query, variables)];
    expect(on.errors).toBeUndefined();
    expect(off.errors).toBeUndefined();
    expect(on.data).toEqual(off.data);
    expect(on.extensions?.cuts).toEqual(off.extensions?.cuts);
    return on;
  };

  it('gives a list in its order, cut at `first`, and says where it stopped', async () => {
    const result = await both(
      '{ entity(id: "fixture-office") { ... on Position { holders(first: 100) { id } } } }',
    );
    expect(result.data?.entity.holders.map((h: { id: string }) => h.id)).toEqual(expected.slice(0, 100));
    expect(result.extensions?.cuts).toEqual([
      { path: ['entity', 'holders'], field: 'Position.holders', shown: 100, pageWith: 'holdersConnection' },
    ]);
  });

  it('pages through all 150 holders in the order their tenures began, with the total', async () => {
    const query = `query H($after: String) { entity(id: "fixture-office") { ... on Position {
      holdersConnection(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id person { id } } } } } } }`;
    const first = await both(query);
    const page1 = first.data?.entity.holdersConnection;
    expect(page1.totalCount).toBe(HOLDERS);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await both(query, { after: page1.pageInfo.endCursor });
    const page2 = second.data?.entity.holdersConnection;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(expected);
    expect(first.extensions?.cuts).toBeUndefined();
  });

  it('keeps the holders in office on a date, in order, before cutting them', async () => {
    const holds = dataset.relations.filter((r) => {
      const q = r.qualifiers ?? {};
      const dates = Object.fromEntries(
        (['appointedOn', 'inOfficeFrom', 'inOfficeUntil', 'attestedOn'] as const)
          .filter((name) => q[name])
          .map((name) => [name, parsePartialDate(q[name]!)]),
      );
      const interval = r.type === 'HOLDS' ? asOfInterval('HOLDS', { ...dates, former: q.former }) : null;
      return interval !== null && interval.start <= '1990-12-31' && interval.end >= '1990-01-01';
    });
    const inOffice = expected.filter((id) => holds.some((r) => r.id === id));
    expect(inOffice.length).toBeGreaterThan(5);
    const result = await both(
      '{ entity(id: "fixture-office") { ... on Position { holders(at: "1990", first: 5) { id basis } } } }',
    );
    expect(result.data?.entity.holders.map((h: { id: string }) => h.id)).toEqual(inOffice.slice(0, 5));
    expect(result.extensions?.cuts).toEqual([
      { path: ['entity', 'holders'], field: 'Position.holders', shown: 5, pageWith: 'holdersConnection' },
    ]);
  });

  it('says so when a single field has more than one to give', async () => {
    const result = await both('{ entity(id: "fixture-office") { ... on Position { organization { id } } } }');
    expect(result.data?.entity.organization).toEqual({ id: 'fixture-body-a' });
    expect(result.extensions?.cuts).toEqual([
      { path: ['entity', 'organization'], field: 'Position.organization', shown: 1, pageWith: null },
    ]);
  });

  it('prices a typed list by the `first` it declares', async () => {
    const query = (first: number) =>
      `{ entity(id: "fixture-office") { ... on Position { holders(first: ${first}) { id person { id name } } } } }`;
    expect((await planned.run(query(100))).errors).toBeUndefined();
    const nested = await planned.run(
      `{ entity(id: "fixture-office") { ... on Position { holders(first: 100) { person { tenures(first: 100) {
         position { ... on Position { holders(first: 100) { id } } } } } } } } }`,
    );
    expect(nested.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });
});
