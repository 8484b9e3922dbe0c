import {
  execute,
  getIntrospectionQuery,
  getOperationAST,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { answerLength, executeIntrospection } from '../../../src/http/apollo/introspection.execute';
import { buildGraphQLSchema } from '../../../src/server';
import { SANDBOX_INTROSPECTION_QUERY } from '../../api/hardening/fixtures/sandbox-introspection';

function ours(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return executeIntrospection(schema, operation, fragments, coerced.coerced!);
}

async function graphqlJs(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}) {
  const result = await execute({ schema, document: parse(query), variableValues: variables });
  expect(result.errors).toBeUndefined();
  return result.data;
}

const cpuMs = (run: () => unknown) => {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

describe('introspection without graphql-js’s executor', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  it.each([
    ['graphql-js, default', getIntrospectionQuery()],
    [
      'graphql-js, every option',
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ],
    ['Apollo Sandbox', SANDBOX_INTROSPECTION_QUERY],
    [
      'aliases at the root, __typename, unknown types, merged selections',
      `{ a: __type(name: "Person") { name kind fields { name type { kind name ofType { name } } } }
         b: __type(name: "NoSuchType") { name } __typename
         c: __schema { queryType { name __typename } types { name } ...T ... on __Schema { types { kind } } } }
       fragment T on __Schema { mutationType { name fields(includeDeprecated: false) { name args { name defaultValue } } } }`,
    ],
    [
      'enum values, input fields, interfaces and possible types',
      `{ e: __type(name: "EntityKind") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
         i: __type(name: "Entity") { kind possibleTypes { name } fields { name } }
         o: __type(name: "Person") { interfaces { name } }
         n: __type(name: "EntityWhere") { inputFields { name type { name kind ofType { name } } } } }`,
    ],
  ])('answers as graphql-js does: %s', async (_, query) => {
    expect(ours(schema, query)).toEqual(await graphqlJs(schema, query));
  });

  it('measures an answer as long as its JSON, each shared object once, and stops past the limit', () => {
    const data = ours(schema, SANDBOX_INTROSPECTION_QUERY)!;
    const length = JSON.stringify(data).length;
    expect(answerLength(data, 10_000_000)).toBe(length);
    expect(answerLength(data, 1000)).toBeGreaterThan(1000);
    expect(answerLength(data, 1000)).toBeLessThan(length);
  });

  it('applies @skip and @include with variables, as graphql-js does', async () => {
    const query = `query Q($skip: Boolean!, $name: String!) {
      __type(name: $name) { name description @skip(if: $skip) fields @include(if: $skip) { name } }
    }`;
    for (const variables of [
      { skip: true, name: 'Person' },
      { skip: false, name: 'Position' },
    ]) {
      expect(ours(schema, query, variables)).toEqual(await graphqlJs(schema, query, variables));
    }
  });

  it('leaves an operation with any other root field to graphql-js', () => {
    expect(ours(schema, '{ __typename about { entityCount } }')).toBeNull();
  });

  it('costs a fraction of graphql-js’s execute() for the largest introspection', () => {
    const document = parse(SANDBOX_INTROSPECTION_QUERY);
    // Warm both, then measure the median of several runs.
    const runs = (run: () => unknown) => {
      for (let i = 0; i < 3; i++) run();
      const times = Array.from({ length: 7 }, () => cpuMs(run)).sort((a, b) => a - b);
      return times[3];
    };
    const theirs = runs(() => execute({ schema, document }));
    const mine = runs(() => ours(schema, SANDBOX_INTROSPECTION_QUERY));
    process.stderr.write(
      `introspection: graphql-js execute ${theirs.toFixed(1)} ms CPU, ours ${mine.toFixed(1)} ms (median of 7)\n`,
    );
    expect(mine).toBeLessThan(theirs);
  });
});
