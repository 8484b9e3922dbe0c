import { startApi, type Api } from '../helpers/api';

/** Unknown ids are null; arguments out of range are coded errors that say what was expected. */
describe('unknown ids and invalid arguments', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers null for an unknown id, without an error', async () => {
    const result = await api.run(`{
      entity(id: "no-such-entity") { id }
      timeline(entity: "no-such-entity") { entries { kind } }
      neighbourhood(id: "no-such-entity") { nodes { id } }
      a: shortestPath(from: "no-such-entity", to: "oic") { length }
      b: shortestPath(from: "oic", to: "no-such-entity") { length }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: null, timeline: null, neighbourhood: null, a: null, b: null });
  });

  const refusals: Array<[string, string, string, RegExp]> = [
    [
      'a page size of 0',
      '{ entities(first: 0) { totalCount } }',
      'BAD_USER_INPUT',
      /^first: expected a page size from 1 to 100, received 0$/,
    ],
    [
      'a page size past the limit',
      '{ people(first: 101) { totalCount } }',
      'PAGE_TOO_LARGE',
      /^Page size \(first\) 101 exceeds the limit of 100$/,
    ],
    [
      'a cursor not made by the API',
      '{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      'BAD_USER_INPUT',
      /^after: expected a cursor returned by this API/,
    ],
    [
      'too many hops',
      '{ neighbourhood(id: "oic", hops: 4) { hops } }',
      'TRAVERSAL_TOO_DEEP',
      /^Neighbourhood hops 4 exceeds the limit of 3$/,
    ],
    [
      'no hops',
      '{ neighbourhood(id: "oic", hops: 0) { hops } }',
      'BAD_USER_INPUT',
      /^hops: expected a whole number from 1 to 3, received 0$/,
    ],
    [
      'a path too long',
      '{ shortestPath(from: "oic", to: "eu", maxHops: 7) { length } }',
      'TRAVERSAL_TOO_DEEP',
      /^Path length \(maxHops\) 7 exceeds the limit of 6$/,
    ],
    [
      'an impossible month',
      '{ timeline(entity: "oic", from: "2021-13") { entries { kind } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /month out of range in "2021-13"/,
    ],
    [
      'a date in the wrong form',
      '{ timeline(entity: "oic", from: "17/11/2021") { entries { kind } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /expected a date as YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'a range that ends before it starts',
      '{ timeline(entity: "oic", from: "2020", to: "2019") { entries { kind } } }',
      'BAD_USER_INPUT',
      /^from: 2020 is after to: 2019$/,
    ],
  ];

  it.each(refusals)('refuses %s with a coded error', async (_what, query, code, message) => {
    const result = await api.run(query);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe(code);
    expect(result.errors![0].message).toMatch(message);
    expect(result.roundTrips).toBe(0);
  });

  it('refuses a bad date passed as a variable with BAD_USER_INPUT', async () => {
    const result = await api.run(
      'query ($at: DateText) { entity(id: "oic-secretary-general") { ... on Position { holders(at: $at) { person { id } } } } }',
      { at: '2021-02-30' },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/2021-02 has no day 30/);
  });

  it('refuses an unknown relation type as a validation error', async () => {
    const result = await api.run('{ entity(id: "oic") { relations(types: [FRIEND_OF]) { totalCount } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
