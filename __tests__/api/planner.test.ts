import { parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_OPERATIONS } from '../../src/http/apollo/examples';
import { NESTED_QUESTIONS, PROJECTION_CASES } from '../fixtures/planner-cases';
import { startApi, type Api } from '../helpers/api';

/**
 * The look-ahead planner (src/graph/planner/): a nested question is one Cypher statement per
 * root field, and its answers are exactly those of the resolvers reading without it.
 */

describe('the look-ahead planner', () => {
  let planned: Api;
  let unplanned: Api;

  beforeAll(async () => {
    [planned, unplanned] = await Promise.all([startApi(), startApi({ planner: false })]);
  });
  afterAll(async () => {
    await Promise.all([planned.close(), unplanned.close()]);
  });

  it.each(Object.entries(NESTED_QUESTIONS))(
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
      Object.values(NESTED_QUESTIONS).map(async (query) => [
        (await planned.run(query)).roundTrips,
        (await unplanned.run(query)).roundTrips,
      ]),
    );
    expect(figures).toEqual([
      [1, 1],
      [1, 2],
      [1, 2],
      // Without a plan, a tick's relation fields of different shapes are one statement each.
      [1, 4],
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

  it.each(PROJECTION_CASES)(
    'reads what the operation asks of entities and facts, with the answer it gives without a plan: %s',
    async (_, query) => {
      const [on, off] = [await planned.run(query), await unplanned.run(query)];
      expect(on.errors).toBeUndefined();
      expect(on.data).toEqual(off.data);
    },
  );
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
