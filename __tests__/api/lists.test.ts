import { readDatasetFiles } from '../../src/dataset/files';
import { validateDataset } from '../../src/dataset/validate';
import { DATE_QUALIFIER_NAMES } from '../../src/domain/qualifiers';
import { comparePartialDates, firstDay, lastDay, parsePartialDate } from '../../src/domain/partial-date';
import { normaliseName } from '../../src/domain/normalise';
import { startApi, type Api, type Result } from '../helpers/api';

/**
 * Filters, orders and facets of lists (issue 11, items 1 and 2): entities, each kind's own
 * list and Entity.relations, against the curated graph; every expectation is worked out here
 * from data/graph/*.json.
 */

const dataset = validateDataset(readDatasetFiles());
const SOURCE = dataset.sources[0].meta.id;

/** The Arabic alphabet in its order, for an oracle of Arabic name order independent of the code's. */
const ALPHABET = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي' };
function arabicOrderKey(text: string): number[] {
  return [...normaliseName(text)]
    .map((char) => FOLD[char] ?? char)
    .filter((char) => char !== 'ء')
    .map((char) =>
      char === ' ' ? 0 : ALPHABET.includes(char) ? 100_000 + ALPHABET.indexOf(char) : char.codePointAt(0)!,
    );
}
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const dateOfEntity = (entity: (typeof dataset.entities)[number]) =>
  typeof entity.attributes?.date === 'string' ? parsePartialDate(entity.attributes.date) : null;

/** A relation's date: its earliest time qualifier in the partial-date order. */
function dateOfRelation(relation: (typeof dataset.relations)[number]) {
  const dates = DATE_QUALIFIER_NAMES.map((name) => relation.qualifiers?.[name])
    .filter((text): text is string => typeof text === 'string')
    .map(parsePartialDate)
    .sort(comparePartialDates);
  return dates[0] ?? null;
}

const within = (date: ReturnType<typeof parsePartialDate> | null, from: string, to: string) =>
  date !== null &&
  lastDay(date) >= firstDay(parsePartialDate(from)) &&
  firstDay(date) <= lastDay(parsePartialDate(to));

function countBy<T>(items: T[], keyOf: (item: T) => string | number | null): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('filters, orders and facets of lists', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  /** Reads a list page by page; each page's total and the concatenated ids. */
  async function readAll(query: string, path: (data: any) => any, variables: Record<string, unknown> = {}) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const result = await api.run(query, { ...variables, after });
      expect(result.errors).toBeUndefined();
      const list = path(result.data);
      totals.add(list.totalCount);
      ids.push(...list.nodes.map((node: { id: string }) => node.id));
      if (!list.pageInfo.hasNextPage) return { ids, totals: [...totals] };
      after = list.pageInfo.endCursor;
    }
    throw new Error('did not reach the last page');
  }

  it('pages a filtered list in Arabic name order, the pages concatenating to the whole list', async () => {
    const expected = dataset.entities
      .filter((entity) => ['PERSON', 'POSITION', 'ORGAN'].includes(entity.kind))
      .filter((entity) => normaliseName(entity.names.ar).includes('ال'))
      .sort(
        (a, b) =>
          compareKeys(arabicOrderKey(a.names.ar), arabicOrderKey(b.names.ar)) || (a.id < b.id ? -1 : 1),
      )
      .map((entity) => entity.id);
    expect(expected.length).toBeGreaterThan(6);
    const { ids, totals } = await readAll(
      `query($after: String) { entities(kinds: [PERSON, POSITION, ORGAN], first: 3, after: $after,
        where: {name: {contains: "أل", lang: AR}}, orderBy: {field: NAME_AR}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      (data) => data.entities,
    );
    expect(ids).toEqual(expected);
    expect(totals).toEqual([expected.length]);
  });

  it("filters a kind's own list by the start of its English name, descending", async () => {
    const expected = dataset.entities
      .filter((entity) => entity.kind === 'POSITION' && normaliseName(entity.names.en).startsWith('eu'))
      .sort((a, b) => (normaliseName(b.names.en) < normaliseName(a.names.en) ? -1 : 1))
      .map((entity) => entity.id);
    expect(expected.length).toBeGreaterThan(1);
    const { ids, totals } = await readAll(
      `query($after: String) { positions(first: 1, after: $after, where: {name: {startsWith: "Éu"}},
        orderBy: {field: NAME_EN, direction: DESC}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      (data) => data.positions,
    );
    expect(ids).toEqual(expected);
    expect(totals).toEqual([expected.length]);
  });

  it('keeps dated entities that may share a day with a date range, in the documented date order', async () => {
    const dated = dataset.entities.filter((entity) => within(dateOfEntity(entity), '2011', '2015-06'));
    const expected = [...dated]
      .sort((a, b) => comparePartialDates(dateOfEntity(a)!, dateOfEntity(b)!) || (a.id < b.id ? -1 : 1))
      .map((entity) => entity.id);
    expect(expected.length).toBeGreaterThan(3);
    const { ids, totals } = await readAll(
      `query($after: String) { entities(first: 2, after: $after, where: {date: {from: "2011", to: "2015-06"}},
        orderBy: {field: DATE}) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      (data) => data.entities,
    );
    expect(ids).toEqual(expected);
    expect(totals).toEqual([expected.length]);

    const facets = await api.run(`{ entities(first: 1, where: {date: {from: "2011", to: "2015-06"}}) {
      facets { byKind { kind count } byYear { year count } } } }`);
    const byKind = countBy(dated, (entity) => entity.kind);
    const byYear = countBy(dated, (entity) => dateOfEntity(entity)!.year);
    expect(facets.data!.entities.facets).toEqual({
      byKind: [...byKind]
        .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
        .map(([kind, count]) => ({ kind, count })),
      byYear: [...byYear]
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([year, count]) => ({ year, count })),
    });
  });

  it('filters by id and by the source that attests, and counts by kind', async () => {
    const ids = ['oic', 'eu', 'patrick-simonnet', 'no-such-entity'];
    const result = await api.run(
      `query($ids: [ID!]!, $source: ID!) {
        some: entities(where: {id: {in: $ids}, kind: {in: [ORGANIZATION, PERSON]}}) { totalCount nodes { id } }
        cited: entities(where: {citedIn: $source}) { totalCount facets { byKind { kind count } } }
        uncited: people(where: {citedIn: "no-such-source"}) { totalCount nodes { id } }
      }`,
      { ids, source: SOURCE },
    );
    expect(result.errors).toBeUndefined();
    const cited = dataset.entities.filter((entity) => entity.citations.some((c) => c.source === SOURCE));
    expect(result.data).toEqual({
      some: { totalCount: 3, nodes: [{ id: 'eu' }, { id: 'oic' }, { id: 'patrick-simonnet' }] },
      cited: {
        totalCount: cited.length,
        facets: {
          byKind: [...countBy(cited, (entity) => entity.kind)]
            .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
            .map(([kind, count]) => ({ kind, count })),
        },
      },
      uncited: { totalCount: 0, nodes: [] },
    });
  });

  it("filters an entity's relations by date, orders them by date and counts them by type, kind and year", async () => {
    const kindOf = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
    const ofOic = dataset.relations.filter((relation) => relation.from === 'oic' || relation.to === 'oic');
    const otherOf = (relation: (typeof ofOic)[number]) =>
      relation.from === 'oic' ? relation.to : relation.from;
    // The list's own order breaks ties: type, direction, the other end's id, the relation's id.
    const ownKey = (relation: (typeof ofOic)[number]) =>
      [relation.type, relation.from === 'oic' ? 'OUTGOING' : 'INCOMING', otherOf(relation), relation.id].join(
        '|',
      );
    const byDate = (a: (typeof ofOic)[number], b: (typeof ofOic)[number]) => {
      const [da, db] = [dateOfRelation(a), dateOfRelation(b)];
      if (da && db && comparePartialDates(da, db) !== 0) return comparePartialDates(da, db);
      if (!da !== !db) return da ? -1 : 1; // undated last
      return ownKey(a) < ownKey(b) ? -1 : 1;
    };
    const expected = [...ofOic].sort(byDate).map((relation) => relation.id);
    const { ids, totals } = await readAll(
      `query($after: String) { entity(id: "oic") { relations(first: 4, after: $after, orderBy: {field: DATE}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
      (data) => data.entity.relations,
    );
    expect(ids).toEqual(expected);
    expect(totals).toEqual([ofOic.length]);
    const recent = ofOic.filter((relation) => within(dateOfRelation(relation), '2013', '2016-04'));
    expect(recent.length).toBeGreaterThan(0);
    const descending = await readAll(
      `query($after: String) { entity(id: "oic") { relations(first: 1, after: $after,
        where: {date: {from: "2013", to: "2016-04"}}, orderBy: {field: DATE, direction: DESC}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`,
      (data) => data.entity.relations,
    );
    expect(descending.ids).toEqual(
      [...recent]
        .sort(byDate)
        .reverse()
        .map((relation) => relation.id),
    );
    expect(descending.totals).toEqual([recent.length]);

    const facets = await api.run(`{ entity(id: "oic") { relations(first: 1) { totalCount
      facets { byType { type count } byKind { kind count } byYear { year count } } } } }`);
    const sorted = (counts: Map<string | number, number>) =>
      [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    expect(facets.data!.entity.relations).toEqual({
      totalCount: ofOic.length,
      facets: {
        byType: sorted(countBy(ofOic, (relation) => relation.type)).map(([type, count]) => ({ type, count })),
        byKind: sorted(countBy(ofOic, (relation) => kindOf.get(otherOf(relation))!)).map(([kind, count]) => ({
          kind,
          count,
        })),
        byYear: [...countBy(ofOic, (relation) => dateOfRelation(relation)?.year ?? null)]
          .sort((a, b) => Number(a[0]) - Number(b[0]))
          .map(([year, count]) => ({ year, count })),
      },
    });
  });

  it('filters relations by type, by the other end and by the source, in the order of the other name', async () => {
    const people = new Set(dataset.entities.filter((e) => e.kind === 'PERSON').map((e) => e.id));
    const nameOf = new Map(dataset.entities.map((entity) => [entity.id, normaliseName(entity.names.en)]));
    const holders = dataset.relations.filter(
      (relation) =>
        relation.type === 'HOLDS' && relation.to === 'oic-secretary-general' && people.has(relation.from),
    );
    const expected = [...holders]
      .sort((a, b) => (nameOf.get(a.from)! < nameOf.get(b.from)! ? -1 : 1))
      .map((relation) => relation.from);
    const result = await api.run(`{ entity(id: "oic-secretary-general") {
      relations(where: {type: {in: [HOLDS, APPOINTED]}, other: {kind: {in: [PERSON]}}, citedIn: "${SOURCE}"},
        types: [HOLDS], orderBy: {field: NAME_EN}) { totalCount nodes { type other { id } } }
      none: relations(where: {citedIn: "no-such-source"}) { totalCount }
      disjoint: relations(types: [APPOINTED], where: {type: {in: [HOLDS]}}) { totalCount nodes { id } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.entity).toEqual({
      relations: {
        totalCount: expected.length,
        nodes: expected.map((id) => ({ type: 'HOLDS', other: { id } })),
      },
      none: { totalCount: 0 },
      disjoint: { totalCount: 0, nodes: [] },
    });
  });

  it('reads a plain list as before: one index seek, the total from the count store', async () => {
    const plain = await api.run('{ people(first: 3, where: {}) { totalCount nodes { id } } }');
    expect(plain.statements).toEqual(['graph/entities-page[PERSON]']);
    const filtered = await api.run('{ people(first: 3, where: {name: {contains: "a"}}) { totalCount } }');
    expect(filtered.statements).toEqual(['graph/entities-page[PERSON;where;ID:ASC]']);
  });

  it('refuses bad input with a coded error', async () => {
    const codes = async (query: string) =>
      (await api.run(query)).errors?.map((error) => error.extensions?.code);
    expect(await codes('{ entities(where: {colour: {in: ["red"]}}) { totalCount } }')).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const badMonth = await api.run('{ entities(where: {date: {from: "2015-13"}}) { totalCount } }');
    expect(badMonth.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', expect.stringMatching(/month out of range in "2015-13"/)],
    ]);
    const asVariable = await api.run('query($w: EntityWhere) { entities(where: $w) { totalCount } }', {
      w: { date: { from: '2015-13' } },
    });
    expect(asVariable.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await codes('{ entities(where: {date: {from: "2016", to: "2015"}}) { totalCount } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('{ entities(where: {name: {contains: " - "}}) { totalCount } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('{ entities(orderBy: {field: HEIGHT}) { totalCount } }')).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const byId = await api.run('{ people(first: 1) { pageInfo { endCursor } } }');
    const cursor = byId.data!.people.pageInfo.endCursor as string;
    expect(await codes(`{ people(after: "${cursor}", orderBy: {field: NAME_EN}) { totalCount } }`)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await codes(
        `{ entity(id: "oic") { relations(after: "${cursor}", orderBy: {field: DATE}) { totalCount } } }`,
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('filtered lists under the look-ahead planner', () => {
  let planned: Api;
  let unplanned: Api;
  beforeAll(async () => {
    [planned, unplanned] = await Promise.all([startApi(), startApi({ planner: false })]);
  });
  afterAll(() => Promise.all([planned.close(), unplanned.close()]));

  it('answers relations with where and orderBy as the resolvers do, in one statement', async () => {
    const query = `query($after: String) { entity(id: "oic") { relations(first: 3, after: $after,
      where: {other: {name: {contains: "ال", lang: AR}}, citedIn: "${SOURCE}"}, orderBy: {field: NAME_AR}) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id type other { id name } } } } }`;
    let after: string | null = null;
    let pages = 0;
    for (; pages < 10; pages++) {
      const on: Result = await planned.run(query, { after });
      const off: Result = await unplanned.run(query, { after });
      expect(on.errors).toBeUndefined();
      expect(on.data).toEqual(off.data);
      expect(on.roundTrips).toBe(1);
      after = on.data!.entity.relations.pageInfo.endCursor;
      if (!on.data!.entity.relations.pageInfo.hasNextPage) break;
    }
    // More than one page was read, each from the cursor of the one before.
    expect(pages).toBeGreaterThan(0);
  });

  it('leaves a filtered list to the resolvers, with the same answers', async () => {
    const query = `{ positions(first: 3, where: {name: {contains: "oic"}}, orderBy: {field: NAME_EN}) {
      totalCount nodes { id relations(first: 2, orderBy: {field: ID, direction: DESC}) { nodes { id } } } } }`;
    const [on, off] = [await planned.run(query), await unplanned.run(query)];
    expect(on.errors).toBeUndefined();
    expect(on.data).toEqual(off.data);
    expect(on.data!.positions.nodes.length).toBe(3);
  });
});
