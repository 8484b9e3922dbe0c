import { getOperationAST, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { compile } from '../../src/graph/planner/planner';
import { EXAMPLE_OPERATIONS } from '../../src/http/apollo/examples';
import { buildGraphQLSchema } from '../../src/server';
import { startApi, type Api } from '../helpers/api';

/** A parsed document as the planner takes it: with the key it caches plans under (the query's text). */
const documentOf = (document: DocumentNode) => ({ hash: print(document), node: document });

/**
 * The look-ahead planner (src/graph/planner/): a nested question is one Cypher statement per
 * root field, and its answers are exactly those of the resolvers reading without it.
 */

/** The nested questions of the benchmark (bench/), asked of the curated graph. */
const NESTED = {
  entity: `{ entity(id: "oic") { id kind names { lang text } } }`,
  holders: `{ entity(id: "oic-secretary-general") { ... on Position { holders {
    id person { id name } appointedOn { text } inOfficeFrom { text } inOfficeUntil { text } attestedOn { text } former
  } } } }`,
  page: `{ entities(first: 20) { nodes { id name relations(first: 5) { nodes { type direction other { id name } } } } } }`,
  organisation: `{ entity(id: "oic") { id name ... on Organization {
    organs { id name } positions { id name holders { person { id name } } }
  } } }`,
  neighbourhood: `{ neighbourhood(id: "eu-oic-relations", hops: 2) { truncated nodes { id name } relations { id } } }`,
};

describe('the look-ahead planner', () => {
  let planned: Api;
  let unplanned: Api;

  beforeAll(async () => {
    [planned, unplanned] = await Promise.all([startApi(), startApi({ planner: false })]);
  });
  afterAll(async () => {
    await Promise.all([planned.close(), unplanned.close()]);
  });

  it.each(Object.entries(NESTED))(
    'answers the nested question "%s" in one statement, as the resolvers do',
    async (_, query) => {
      const [on, off] = [await planned.run(query), await unplanned.run(query)];
      expect(on.errors).toBeUndefined();
      expect(on.data).toEqual(off.data);
      expect(on.roundTrips).toBe(1);
      expect(off.roundTrips).toBeGreaterThanOrEqual(1);
    },
  );

  it('costs one statement where the resolvers cost one per level', async () => {
    const figures = await Promise.all(
      Object.values(NESTED).map(async (query) => [
        (await planned.run(query)).roundTrips,
        (await unplanned.run(query)).roundTrips,
      ]),
    );
    expect(figures).toEqual([
      [1, 1],
      [1, 2],
      [1, 2],
      [1, 3],
      [1, 3],
    ]);
  });

  it('gives every example operation the answer it gives without a plan, in no more round trips', async () => {
    const operations = parse(EXAMPLE_OPERATIONS).definitions as OperationDefinitionNode[];
    for (const operation of operations) {
      const name = operation.name!.value;
      const [on, off] = [
        await planned.run(EXAMPLE_OPERATIONS, {}, name),
        await unplanned.run(EXAMPLE_OPERATIONS, {}, name),
      ];
      expect({ name, errors: on.errors, data: on.data }).toEqual({ name, errors: undefined, data: off.data });
      expect(on.roundTrips).toBeLessThanOrEqual(off.roundTrips);
    }
  });

  it('reads only the page asked for, at each level, whatever the arguments', async () => {
    const query = `query($first: Int!, $at: DateText) { entity(id: "oic") {
      relations(first: $first, at: $at) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id other { relations(first: 2, types: [HOLDS]) { totalCount nodes { id } } } } }
    } }`;
    for (const variables of [{ first: 3 }, { first: 3, at: '2021-06-01' }, { first: 50 }]) {
      const [on, off] = [await planned.run(query, variables), await unplanned.run(query, variables)];
      expect(on.errors).toBeUndefined();
      expect(on.data).toEqual(off.data);
      expect(on.roundTrips).toBe(1);
    }
  });

  /**
   * What each statement reads follows what the whole operation asks: names alone read names
   * alone (`slim:e`), facts asked for nothing but their ends read their ids (`slim:r`), a total
   * is counted only where totalCount is asked; a field anywhere that reads more reads everything.
   */
  it.each([
    [
      'names and ends only',
      `{ entity(id: "oic") { id name relations(first: 3) { nodes { id type direction other { id names { text } } } } } }`,
      'planner/entity[0:*:BOTH];slim:er',
      false,
    ],
    [
      'a total, through a fragment',
      `{ entity(id: "oic") { relations(first: 3) { ...Counted nodes { other { id } } } } }
       fragment Counted on RelationConnection { totalCount }`,
      'planner/entity[0:*:BOTH:counted];slim:er',
      true,
    ],
    [
      'a description in another root field',
      `{ entity(id: "oic") { relations(first: 50) { nodes { other { id name } } } }
         sg: entity(id: "oic-secretary-general") { description } }`,
      'planner/entity[0:*:BOTH];slim:r',
      false,
    ],
    [
      "a relation's dates",
      `{ entity(id: "oic-secretary-general") { ... on Position { holders { person { id name } inOfficeFrom { text } } } } }`,
      'planner/entity[0:HOLDS:INCOMING:order(START:ASC)@POSITION];slim:e',
      false,
    ],
    [
      'facts a typed field orders by their dates, in Cypher (holders, in the order they took office)',
      `{ entity(id: "eu-high-representative") { ... on Position { holders { person { id name } } } } }`,
      'planner/entity[0:HOLDS:INCOMING:order(START:ASC)@POSITION];slim:er',
      false,
    ],
    [
      "a fact's field matching its end's relations by their properties",
      `{ entity(id: "eu-representative-to-the-oic") { ... on Position { holders { person { id name } appointedBy { id name } } } } }`,
      'planner/entity[0:HOLDS:INCOMING:order(START:ASC)@POSITION,1:APPOINTED:INCOMING];slim:e',
      false,
    ],
    [
      'a date read from relations (a typed field that is no list)',
      `{ entity(id: "oic-permanent-mission-to-the-eu") { name ... on Mission { openedOn { text } positions { id name } } } }`,
      'planner/entity[0:OPENED:INCOMING@MISSION,1:POSITION_OF:INCOMING@MISSION];slim:e',
      false,
    ],
  ])('reads what the operation asks of entities and facts: %s', async (_, query, name, counted) => {
    const schema = await buildGraphQLSchema();
    const document = parse(query);
    const operation = getOperationAST(document)!;
    const [root] = compile(schema, documentOf(document), operation, {}, DEFAULT_LIMITS.maxPageSize);
    expect(root!.statement.query.name).toBe(name);
    expect(root!.statement.query.text.includes('COUNT {')).toBe(counted);
    const [on, off] = [await planned.run(query), await unplanned.run(query)];
    expect(on.errors).toBeUndefined();
    expect(on.data).toEqual(off.data);
  });

  it('leaves what it cannot plan to the resolvers, with their errors', async () => {
    const badCursor = await planned.run(
      `{ entities(first: 5, after: "not-a-cursor") { nodes { relations { nodes { id } } } } }`,
    );
    expect(badCursor.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const missing = await planned.run(
      `{ entity(id: "no-such-entity") { ... on Position { holders { id } } } }`,
    );
    expect(missing).toMatchObject({ data: { entity: null }, roundTrips: 1 });
  });
});

describe('the statements the planner writes', () => {
  it('are one per planned root field, with every value a parameter (snapshot per example operation)', async () => {
    const schema = await buildGraphQLSchema();
    const document = parse(EXAMPLE_OPERATIONS);
    const texts: Record<string, string[]> = {};
    for (const definition of document.definitions as OperationDefinitionNode[]) {
      const name = definition.name!.value;
      const operation = getOperationAST(document, name)!;
      texts[name] = compile(schema, documentOf(document), operation, {}, DEFAULT_LIMITS.maxPageSize).map(
        (root) => `// ${root.statement.query.name}\n${root.statement.query.text}`,
      );
    }
    expect(Object.keys(texts)).toHaveLength(document.definitions.length);
    expect(texts).toMatchSnapshot();
  });

  it('walks a document of fragments that spread each other twice in linear time', async () => {
    // 2^24 paths through 25 fragments: a walk that followed each spread again would not end.
    const schema = await buildGraphQLSchema();
    let query = `query Bomb { entity(id: "oic") { ...F24 } } fragment F0 on Entity { relations(first: 1) { nodes { id } } } `;
    for (let i = 1; i <= 24; i++) query += `fragment F${i} on Entity { ...F${i - 1} ...F${i - 1} } `;
    const document = parse(query);
    const started = Date.now();
    const [root] = compile(
      schema,
      documentOf(document),
      getOperationAST(document, 'Bomb')!,
      {},
      DEFAULT_LIMITS.maxPageSize,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(root.statement.query.name).toBe('planner/entity[0:*:BOTH];slim:er');
  });
});
