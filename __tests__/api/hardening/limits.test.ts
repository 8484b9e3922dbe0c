import { DEFAULT_LIMITS } from '../../../src/config';
import { startApi, type Api } from '../../helpers/api';

/** Each limit at its edge passes and one past it is refused, coded, before any Cypher runs. */
describe('query limits', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const refused = async (query: string, code: string, limit: number, received: number) => {
    const result = await api.run(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code, limit, received });
    expect(result.errors![0].message).toMatch(new RegExp(`${received} exceeds the limit of ${limit}$`));
    expect(result.roundTrips).toBe(0);
  };
  const passes = async (query: string) => {
    const result = await api.run(query);
    expect(result.errors).toBeUndefined();
  };

  it('refuses a query deeper than the depth limit', async () => {
    const depthOf = (levels: number) => {
      let inner = 'id';
      for (let i = 1; i < levels; i++) inner = `parent { ${inner} }`;
      return `{ organizations(first: 1) { nodes { ${inner} } } }`;
    };
    // organizations (1) > nodes (2) > parent x (limit - 3) > id: depth = limit
    await passes(depthOf(DEFAULT_LIMITS.maxDepth - 2));
    await refused(
      depthOf(DEFAULT_LIMITS.maxDepth - 1),
      'QUERY_TOO_DEEP',
      DEFAULT_LIMITS.maxDepth,
      DEFAULT_LIMITS.maxDepth + 1,
    );
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: about { entityCount }`).join(' ')} }`;
    await passes(aliases(DEFAULT_LIMITS.maxAliases));
    await refused(
      aliases(DEFAULT_LIMITS.maxAliases + 1),
      'TOO_MANY_ALIASES',
      DEFAULT_LIMITS.maxAliases,
      DEFAULT_LIMITS.maxAliases + 1,
    );
  });

  it('refuses more directives than the limit', async () => {
    const directives = (n: number) => `{ about { ${'entityCount @include(if: true) '.repeat(n)} } }`;
    await passes(directives(DEFAULT_LIMITS.maxDirectives));
    await refused(
      directives(DEFAULT_LIMITS.maxDirectives + 1),
      'TOO_MANY_DIRECTIVES',
      DEFAULT_LIMITS.maxDirectives,
      DEFAULT_LIMITS.maxDirectives + 1,
    );
  });

  it('refuses more tokens than the limit, saying how many', async () => {
    // { entities ( kinds : [ n x PERSON ] ) { totalCount } }: n + 12 tokens
    const tokens = (n: number) => `{ entities(kinds: [${'PERSON '.repeat(n)}]) { totalCount } }`;
    await passes(tokens(DEFAULT_LIMITS.maxTokens - 12));
    const result = await api.run(tokens(DEFAULT_LIMITS.maxTokens - 11));
    expect(result.errors).toEqual([
      {
        message: `Number of tokens ${DEFAULT_LIMITS.maxTokens + 1} exceeds the limit of ${DEFAULT_LIMITS.maxTokens}`,
        extensions: {
          code: 'TOO_MANY_TOKENS',
          limit: DEFAULT_LIMITS.maxTokens,
          received: DEFAULT_LIMITS.maxTokens + 1,
        },
      },
    ]);
    expect(result.roundTrips).toBe(0);
  });

  it('refuses a query whose estimated cost is past the budget', async () => {
    // Each level of relations multiplies by its page size: 100 x 100 x 100 items.
    const costly = `{ entities(first: 100) { nodes { relations(first: 100) { nodes { other { relations(first: 100) { nodes { id } } } } } } } }`;
    const result = await api.run(costly);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: DEFAULT_LIMITS.maxCost,
    });
    expect(result.errors?.[0].extensions?.received).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(result.roundTrips).toBe(0);
    await passes(
      `{ entities(first: 20) { nodes { relations(first: 20) { nodes { other { id name } } } } } }`,
    );
  });

  it('refuses a page past the page limit, also through a variable, before anything runs', async () => {
    await passes('{ entities(first: 100) { totalCount } }');
    await refused(
      '{ about { entityCount } entities(first: 101) { totalCount } }',
      'PAGE_TOO_LARGE',
      100,
      101,
    );
    const viaVariable = await api.run(
      'query ($n: Int!) { about { entityCount } people(first: $n) { totalCount } }',
      { n: 500 },
    );
    expect(viaVariable.errors?.[0].extensions).toMatchObject({
      code: 'PAGE_TOO_LARGE',
      limit: 100,
      received: 500,
    });
    expect(viaVariable.roundTrips).toBe(0);
  });

  it('refuses traversals past their bounds before anything runs', async () => {
    await passes('{ neighbourhood(id: "oic", hops: 3) { hops } }');
    await refused(
      '{ about { entityCount } neighbourhood(id: "oic", hops: 4) { hops } }',
      'TRAVERSAL_TOO_DEEP',
      3,
      4,
    );
    await passes('{ shortestPath(from: "oic", to: "eu", maxHops: 6) { length } }');
    await refused(
      '{ shortestPath(from: "oic", to: "eu", maxHops: 7) { length } }',
      'TRAVERSAL_TOO_DEEP',
      6,
      7,
    );
  });
});
