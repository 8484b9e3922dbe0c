import { getIntrospectionQuery } from 'graphql';
import { startApi, type Api } from '../helpers/api';

describe('introspection by real clients', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers the introspection GraphiQL and graphql-js send, with its nine-deep ofType chains', async () => {
    const query = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    expect(query.match(/ofType/g)?.length).toBeGreaterThanOrEqual(9);
    const result = await api.run(query);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType).toEqual({ name: 'Query', kind: 'OBJECT' });
    expect(result.data?.__schema.types.map((type: { name: string }) => type.name)).toContain('Entity');
  });

  it('still refuses introspection that fans out through nested fields', async () => {
    // graphql-js's MaxIntrospectionDepthRule bounds the fan-out that ofType and list costs no longer count.
    const nested = 'fields { type { '.repeat(4) + 'name' + ' } }'.repeat(4);
    const result = await api.run(`{ __schema { types { ${nested} } } }`);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toBe('Maximum introspection depth exceeded');
  });

  it('still refuses a data query past the depth limit', async () => {
    const nested = 'relations { nodes { other { '.repeat(4) + 'id' + ' } } }'.repeat(4);
    const result = await api.run(`{ entity(id: "oic") { ${nested} } }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].message).toBe('Query depth 14 exceeds the limit of 12');
  });
});
