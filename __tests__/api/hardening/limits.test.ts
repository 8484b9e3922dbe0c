import {
  getIntrospectionQuery,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DEFAULT_LIMITS } from '../../../src/config';
import { COST_ESTIMATORS, operationCost } from '../../../src/graphql/cost';
import { EXAMPLE_OPERATIONS } from '../../../src/http/apollo/examples';
import { buildGraphQLSchema } from '../../../src/server';
import { startApi, type Api } from '../../helpers/api';
import { SANDBOX_INTROSPECTION_QUERY } from './fixtures/sandbox-introspection';

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
    // A chain of fragments, each spreading the next: 7 tokens a fragment, within every other limit.
    const chain = (n: number) => {
      let text = `{ ...F0 } fragment F${n} on Query { __typename }`;
      for (let i = 0; i < n; i++) text += ` fragment F${i} on Query { ...F${i + 1} }`;
      return text;
    };
    const tokensOf = (text: string) => {
      const lexer = new Lexer(new Source(text));
      let count = 0;
      while (lexer.advance().kind !== TokenKind.EOF) count += 1;
      return count;
    };
    // The longest chain within the limit, padded with a comma-free filler of names to the limit exactly.
    let n = 0;
    while (tokensOf(chain(n + 1)) <= DEFAULT_LIMITS.maxTokens) n += 1;
    const atLimit = (extra: number) =>
      chain(n).replace('{ __typename }', `{ __typename ${'__typename '.repeat(extra)}}`);
    const pad = DEFAULT_LIMITS.maxTokens - tokensOf(chain(n));
    expect(tokensOf(atLimit(pad))).toBe(DEFAULT_LIMITS.maxTokens);
    await passes(atLimit(pad));
    const result = await api.run(atLimit(pad + 1));
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

  it('exempts introspection from depth and cost, as graphql-armor does, but not from tokens', async () => {
    const result = await api.run(SANDBOX_INTROSPECTION_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType).toEqual({ __typename: '__Type', name: 'Query' });
    // The same depth of data is refused.
    let deep = 'id';
    for (let i = 0; i < 12; i++) deep = `parent { ${deep} }`;
    expect(
      (await api.run(`{ organizations(first: 1) { nodes { ${deep} } } }`)).errors?.[0].extensions?.code,
    ).toBe('QUERY_TOO_DEEP');
    const padded = `{ __schema { types { name ${'description '.repeat(DEFAULT_LIMITS.maxTokens)} } } }`;
    expect((await api.run(padded)).errors?.[0].extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('costs an operation as graphql-query-complexity does with the same estimators, each fragment once', async () => {
    const built = await buildGraphQLSchema();
    const documents = [
      // Those of the examples that need no variables.
      ...EXAMPLE_OPERATIONS.split(/\n(?=query )/).filter((part) => /^query \w+ \{/.test(part)),
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
      SANDBOX_INTROSPECTION_QUERY,
      `query ($skip: Boolean!) { entities(first: 7) { nodes { ...E relations(first: 3) @skip(if: $skip) { totalCount } } }
         neighbourhood(id: "oic", hops: 2) { nodes { id } } }
       fragment E on Entity { id name ... on Person { tenures { position { ...P } } } ... on Position { ...P } }
       fragment P on Position { id holders { person { id } } }`,
    ];
    for (const text of documents) {
      const document = parse(text);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const fragments = new Map(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      for (const variables of [{ skip: false }, { skip: true }]) {
        const expected = getComplexity({
          schema: built,
          query: document,
          variables,
          estimators: COST_ESTIMATORS,
        });
        const cost = operationCost(
          built,
          operation.selectionSet,
          built.getQueryType()!,
          fragments,
          variables,
        );
        expect({ text: text.slice(0, 40), cost }).toEqual({ text: text.slice(0, 40), cost: expected });
      }
    }
  });
});
